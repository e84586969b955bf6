package io.github.xxgk.disclosure.io.html;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a report's tables in the official layout of their edition (merged header cells, row groups, the 勾稽
 * note) as an HTML fragment to paste into a website, or as a whole page, optionally overlaid with
 * {@linkplain CellNote notes}: the cells involved highlighted and each note listed with links to its cells.
 *
 * <p>Rows, columns and labels come from the report's {@link Catalog}; a MIXED report gets each table in its own
 * edition. All text is escaped. Instances are immutable and thread-safe.
 */
public final class HtmlTableWriter {
  /** Line breaks of section texts, compiled once (String.split would compile this pattern for every text). */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final HtmlTableWriter DEFAULT = new HtmlTableWriter(List.of());
  private static final String TABLE_ATTRIBUTES =
      " border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\"";
  private static final String STYLE = "body{font-family:\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",\"Noto Sans CJK SC\","
      + "sans-serif;margin:2em}table.disclosure-table{border-collapse:collapse;margin:1em 0}"
      + "table.disclosure-table th,table.disclosure-table td{border:1px solid #000;padding:2px 6px;"
      + "text-align:center;font-weight:normal}table.disclosure-table td.value{text-align:right}"
      + ".unresolved{font-style:italic}.extra{color:#555}dl.disclosure-meta dt{float:left;clear:left;width:6em}"
      + "dl.disclosure-meta dd{margin-left:7em}";

  private final List<CellNote> notes;

  private HtmlTableWriter(List<CellNote> notes) {
    this.notes = List.copyOf(notes);
  }

  /** Returns a writer without notes. */
  public static HtmlTableWriter of() {
    return DEFAULT;
  }

  /** Returns a copy that overlays the given notes on the tables and lists them after the tables. */
  public HtmlTableWriter withNotes(List<CellNote> notes) {
    return new HtmlTableWriter(notes);
  }

  /** Returns the notes overlaid. */
  public List<CellNote> getNotes() {
    return notes;
  }

  /** Returns the sections and tables as one {@code <div>}, for pasting into a page. */
  public String toFragment(Report report) {
    StringBuilder out = new StringBuilder();
    new Render(report, notes, out).fragment();
    return out.toString();
  }

  /** Returns a whole HTML5 page: title, metadata, the fragment and a small style sheet. */
  public String toPage(Report report) {
    StringBuilder out = new StringBuilder();
    String title = report.getTitle().filter(t -> !t.isBlank())
        .orElse(report.getBody() + report.getYear() + "年政府信息公开工作年度报告");
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>").append(Html.escape(title)).append("</h1>\n<dl class=\"disclosure-meta\">\n");
    meta(out, "报告机关", Optional.of(report.getBody()));
    meta(out, "发布机构", report.getIssuer());
    meta(out, "报告年度", Optional.of(report.getYear() + "年"));
    meta(out, "索引号", report.getIndexNumber());
    meta(out, "文号", report.getDocumentNumber());
    meta(out, "发布日期", report.getPublishDate().map(Object::toString));
    meta(out, "依据", report.getCitedNotice());
    meta(out, "来源", report.getSourceUrl());
    out.append("</dl>\n");
    new Render(report, notes, out).fragment();
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void meta(StringBuilder out, String label, Optional<String> value) {
    value.ifPresent(v -> out.append("<dt>").append(label).append("</dt><dd>").append(Html.escape(v))
        .append("</dd>\n"));
  }

  /** One rendering of a report. */
  private static final class Render {
    private final Report report;
    private final Catalog catalog;
    private final List<CellNote> notes;
    private final StringBuilder out;
    private final Map<String, List<Integer>> notesByCell = new LinkedHashMap<>();

    Render(Report report, List<CellNote> notes, StringBuilder out) {
      this.report = report;
      this.catalog = report.getCatalog();
      this.notes = notes;
      this.out = out;
      for (int i = 0; i < notes.size(); i++) {
        for (String address : notes.get(i).getCells()) {
          List<Integer> list = notesByCell.computeIfAbsent(address, a -> new ArrayList<>());
          if (!list.contains(i)) {
            list.add(i);
          }
        }
      }
    }

    void fragment() {
      out.append("<div class=\"disclosure-report\" data-edition=\"").append(report.getEdition().name())
          .append("\" data-year=\"").append(report.getYear()).append("\">\n");
      for (Section section : Section.values()) {
        TableId table = tableOf(section);
        boolean hasTable = table != null && report.hasTable(table);
        String text = report.getSections().get(section);
        if (text == null && !hasTable) {
          continue;
        }
        out.append("<h2 id=\"section-").append(section.getId()).append("\">").append(Html.escape(section.getTitle()))
            .append("</h2>\n");
        if (text != null) {
          paragraphs(text);
        }
        if (hasTable) {
          table(table);
        }
      }
      notesList();
      out.append("</div>\n");
    }

    private static TableId tableOf(Section section) {
      switch (section) {
        case PROACTIVE_DISCLOSURE:
          return TableId.PROACTIVE;
        case REQUESTS:
          return TableId.REQUESTS;
        case REVIEW_LITIGATION:
          return TableId.REVIEW_LITIGATION;
        default:
          return null;
      }
    }

    private void paragraphs(String text) {
      for (String line : LINE_BREAK.split(text)) {
        if (!line.isBlank()) {
          out.append("<p>").append(Html.escape(line.strip())).append("</p>\n");
        }
      }
    }

    private void table(TableId table) {
      out.append("<table class=\"disclosure-table\" data-table=\"").append(table.getId()).append('"')
          .append(TABLE_ATTRIBUTES).append(">\n<tbody>\n");
      switch (table) {
        case PROACTIVE:
          proactive();
          break;
        case REQUESTS:
          requests();
          break;
        default:
          reviewLitigation();
          break;
      }
      out.append("</tbody>\n</table>\n");
    }

    private void proactive() {
      int width = 1;
      for (ProactiveBlock block : catalog.getBlocks()) {
        width = Math.max(width, catalog.getRows(block).get(0).getCells().size());
      }
      boolean even = true;
      for (ProactiveBlock block : catalog.getBlocks()) {
        even &= width % catalog.getRows(block).get(0).getCells().size() == 0;
      }
      // the 2019 grid: three columns share four grid columns (1+2+1) so that two columns split them evenly
      width += even ? 0 : 1;
      // rows of no block printed before any official row: first, so that they read back before every row
      for (ExtraRow extra : report.getExtraRows()) {
        if (extra.getTable() == TableId.PROACTIVE && extra.getBlock().isEmpty() && !after(extra, TableId.PROACTIVE)) {
          extraRow(extra, List.of(extra.getLabel()), 1, width);
        }
      }
      for (ProactiveBlock block : catalog.getBlocks()) {
        List<CatalogRow> rows = catalog.getRows(block);
        int[] spans = spans(width, rows.get(0).getCells().size());
        out.append("<tr><th colspan=\"").append(width + 1).append("\" class=\"block\">")
            .append(Html.escape(block.getLabel())).append("</th></tr>\n<tr><th>")
            .append(Html.escape(ProactiveBlock.CONTENT_LABEL)).append("</th>");
        for (int i = 0; i < spans.length; i++) {
          header(Html.escape(rows.get(0).getCells().get(i).getColumnLabel()), 1, spans[i]);
        }
        out.append("</tr>\n");
        for (CatalogRow row : rows) {
          out.append("<tr><th scope=\"row\">").append(Html.escape(row.getLabel())).append("</th>");
          for (int i = 0; i < spans.length; i++) {
            cell(row.getCells().get(i), 1, spans[i]);
          }
          out.append("</tr>\n");
          for (ExtraRow extra : extrasAfter(row)) {
            extraRow(extra, List.of(extra.getLabel()), 1, width);
          }
        }
        for (ExtraRow extra : report.getExtraRows()) {
          if (extra.getTable() == TableId.PROACTIVE && extra.getBlock().equals(Optional.of(block))
              && !after(extra, TableId.PROACTIVE)) {
            extraRow(extra, List.of(extra.getLabel()), 1, width);
          }
        }
      }
    }

    private void requests() {
      List<CatalogRow> rows = catalog.getRows(TableId.REQUESTS);
      List<List<String>> paths = new ArrayList<>();
      List<Object> items = new ArrayList<>();
      for (CatalogRow row : rows) {
        paths.add(row.getLabelPath());
        items.add(row);
        for (ExtraRow extra : extrasAfter(row)) {
          List<String> path = new ArrayList<>(row.getLabelPath().subList(0, row.getLabelPath().size() - 1));
          path.add(extra.getLabel());
          paths.add(path);
          items.add(extra);
        }
      }
      for (ExtraRow extra : report.getExtraRows()) {
        if (extra.getTable() == TableId.REQUESTS && !after(extra, TableId.REQUESTS)) {
          paths.add(List.of(extra.getLabel()));
          items.add(extra);
        }
      }
      int depth = 1;
      for (List<String> path : paths) {
        depth = Math.max(depth, path.size());
      }
      List<List<String>> columns = new ArrayList<>();
      for (Cell cell : rows.get(0).getCells()) {
        List<String> path = new ArrayList<>();
        path.add(Applicant.HEADER);
        path.addAll(cell.getColumnPath());
        columns.add(path);
      }
      columnHeaders(columns, "<th colspan=\"" + depth + "\" rowspan=\"%d\" class=\"note\">"
          + Html.escape(RequestRow.IDENTITY_NOTE) + "</th>");
      for (int r = 0; r < items.size(); r++) {
        out.append(items.get(r) instanceof CatalogRow ? "<tr>" : "<tr class=\"extra\">");
        rowHeaders(paths, r, depth);
        if (items.get(r) instanceof CatalogRow) {
          for (Cell cell : ((CatalogRow) items.get(r)).getCells()) {
            cell(cell, 1, 1);
          }
        } else {
          extraCells((ExtraRow) items.get(r), columns.size());
        }
        out.append("</tr>\n");
      }
    }

    private void reviewLitigation() {
      List<List<String>> columns = new ArrayList<>();
      List<Cell> cells = catalog.getCells(TableId.REVIEW_LITIGATION);
      for (Cell cell : cells) {
        List<String> path = new ArrayList<>(cell.getRowPath());
        path.addAll(cell.getColumnPath());
        columns.add(path);
      }
      columnHeaders(columns, null);
      out.append("<tr>");
      for (Cell cell : cells) {
        cell(cell, 1, 1);
      }
      out.append("</tr>\n");
      for (ExtraRow extra : report.getExtraRows()) {
        if (extra.getTable() == TableId.REVIEW_LITIGATION) {
          out.append("<tr class=\"extra\"><td>").append(Html.escape(extra.getLabel())).append("</td>");
          extraCells(extra, columns.size() - 1);
          out.append("</tr>\n");
        }
      }
    }

    /** Writes the header rows over the given column paths; {@code corner} (with %d for its rowspan) comes first. */
    private void columnHeaders(List<List<String>> columns, String corner) {
      int depth = 1;
      for (List<String> path : columns) {
        depth = Math.max(depth, path.size());
      }
      for (int level = 0; level < depth; level++) {
        out.append("<tr>");
        if (level == 0 && corner != null) {
          out.append(String.format(Locale.ROOT, corner, depth));
        }
        for (int j = 0; j < columns.size(); j++) {
          List<String> path = columns.get(j);
          if (level >= path.size()) {
            continue;
          }
          if (level == path.size() - 1) {
            header(Html.escape(path.get(level)), depth - level, 1);
            continue;
          }
          int span = 1;
          while (j + span < columns.size() && columns.get(j + span).size() > level + 1
              && columns.get(j + span).subList(0, level + 1).equals(path.subList(0, level + 1))) {
            span++;
          }
          header(Html.escape(path.get(level)), 1, span);
          j += span - 1;
        }
        out.append("</tr>\n");
      }
    }

    /** Writes the row header cells of row {@code r} that are not covered by a rowspan from above. */
    private void rowHeaders(List<List<String>> paths, int r, int depth) {
      List<String> path = paths.get(r);
      for (int level = 0; level < path.size(); level++) {
        List<String> prefix = path.subList(0, level + 1);
        if (level == path.size() - 1) {
          out.append("<th scope=\"row\"").append(depth - level > 1 ? " colspan=\"" + (depth - level) + "\"" : "")
              .append('>').append(Html.escape(path.get(level))).append("</th>");
          continue;
        }
        if (r > 0 && grouped(paths.get(r - 1), prefix)) {
          continue;
        }
        int span = 1;
        while (r + span < paths.size() && grouped(paths.get(r + span), prefix)) {
          span++;
        }
        out.append("<th scope=\"rowgroup\"").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append('>')
            .append(Html.escape(path.get(level))).append("</th>");
      }
    }

    private static boolean grouped(List<String> path, List<String> prefix) {
      return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private void header(String html, int rowspan, int colspan) {
      out.append("<th").append(rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "")
          .append(colspan > 1 ? " colspan=\"" + colspan + "\"" : "").append('>').append(html).append("</th>");
    }

    private void cell(Cell cell, int rowspan, int colspan) {
      CellValue value = report.get(cell);
      String address = cell.getAddress();
      List<Integer> marks = notesByCell.getOrDefault(address, List.of());
      StringBuilder classes = new StringBuilder("value");
      if (value.getState() == CellState.UNRESOLVED) {
        classes.append(" unresolved");
      } else if (value.getState() == CellState.BLANK) {
        classes.append(" blank");
      }
      String style = "";
      if (!marks.isEmpty()) {
        String severity = notes.get(marks.get(0)).getSeverity().toLowerCase(Locale.ROOT);
        classes.append(" note note-").append(Html.escape(severity));
        style = " style=\"background-color:" + color(severity) + "\"";
      }
      out.append("<td id=\"cell-").append(Html.escape(address)).append("\" data-cell=\"").append(Html.escape(address))
          .append("\" class=\"").append(classes).append('"').append(style)
          .append(rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "")
          .append(colspan > 1 ? " colspan=\"" + colspan + "\"" : "");
      if (!marks.isEmpty()) {
        StringBuilder title = new StringBuilder();
        for (int mark : marks) {
          CellNote note = notes.get(mark);
          title.append(title.length() == 0 ? "" : "\n").append(mark + 1).append(". ").append(note.getRule())
              .append(": ").append(note.getMessage());
        }
        out.append(" title=\"").append(Html.escape(title.toString())).append('"');
      }
      out.append('>').append(Html.escape(text(cell, value)));
      for (int mark : marks) {
        out.append("<sup class=\"note-mark\"><a href=\"#note-").append(mark + 1).append("\">[").append(mark + 1)
            .append("]</a></sup>");
      }
      out.append("</td>");
    }

    private static String color(String severity) {
      switch (severity) {
        case "error":
          return "#f8d7da";
        case "warning":
          return "#fff3cd";
        default:
          return "#d1ecf1";
      }
    }

    private static String text(Cell cell, CellValue value) {
      switch (value.getState()) {
        case BLANK:
          // the blank marker as printed (a printed &nbsp; entity as the no-break space it stands for)
          return value.getPrinted().map(printed -> printed.replace("&nbsp;", "\u00a0")).orElse("");
        case UNRESOLVED:
          return value.getPrinted().orElse("");
        default:
          Optional<Money> money = value.getMoney();
          if (money.isEmpty()) {
            return Long.toString(value.toCount());
          }
          if (money.get().getPrinted().isPresent()) {
            return money.get().getPrinted().get();
          }
          boolean stated = cell.getHeaderUnit().equals(Optional.of(money.get().getUnit()));
          return money.get().getAmount().toPlainString() + (stated ? "" : money.get().getUnit().getLabel());
      }
    }

    private List<ExtraRow> extrasAfter(CatalogRow row) {
      List<ExtraRow> found = new ArrayList<>();
      for (ExtraRow extra : report.getExtraRows()) {
        if (extra.getTable() == row.getTable() && extra.getAfter().equals(Optional.of(row.getAddress()))) {
          found.add(extra);
        }
      }
      return found;
    }

    /** Returns whether the extra row is placed after an official row of the table. */
    private boolean after(ExtraRow extra, TableId table) {
      return extra.getAfter().flatMap(catalog::findRow).filter(row -> row.getTable() == table).isPresent();
    }

    private void extraRow(ExtraRow extra, List<String> path, int depth, int width) {
      out.append("<tr class=\"extra\">");
      rowHeaders(List.of(path), 0, depth);
      extraCells(extra, width);
      out.append("</tr>\n");
    }

    private void extraCells(ExtraRow extra, int width) {
      List<String> cells = extra.getCells();
      int[] spans = cells.size() <= width && cells.size() > 0 ? spans(width, cells.size()) : null;
      for (int i = 0; i < cells.size(); i++) {
        int span = spans == null ? 1 : spans[i];
        out.append("<td class=\"extra\"").append(span > 1 ? " colspan=\"" + span + "\"" : "").append('>')
            .append(Html.escape(cells.get(i))).append("</td>");
      }
      if (cells.isEmpty()) {
        out.append("<td class=\"extra filler\" colspan=\"").append(width).append("\"></td>");
      }
    }

    /** Splits {@code width} grid columns among {@code n} cells, the extra ones to the middle cells. */
    private static int[] spans(int width, int n) {
      int[] spans = new int[n];
      int base = width / n;
      int rest = width % n;
      for (int i = 0; i < n; i++) {
        spans[i] = base;
      }
      for (int i = 0; i < rest; i++) {
        spans[(n - rest) / 2 + i]++;
      }
      return spans;
    }

    private void notesList() {
      if (notes.isEmpty()) {
        return;
      }
      out.append("<h2 id=\"notes\">检查结果</h2>\n<ol class=\"disclosure-notes\">\n");
      for (int i = 0; i < notes.size(); i++) {
        CellNote note = notes.get(i);
        String severity = note.getSeverity().toLowerCase(Locale.ROOT);
        out.append("<li id=\"note-").append(i + 1).append("\" class=\"note-").append(Html.escape(severity))
            .append("\"><strong>").append(Html.escape(note.getSeverity())).append("</strong> <code>")
            .append(Html.escape(note.getRule())).append("</code> ").append(Html.escape(note.getMessage()));
        if (!note.getCells().isEmpty()) {
          out.append(" <span class=\"cells\">（");
          for (int c = 0; c < note.getCells().size(); c++) {
            String address = note.getCells().get(c);
            out.append(c == 0 ? "" : "、");
            Optional<Cell> cell = catalog.find(address).filter(found -> report.hasTable(found.getTable()));
            if (cell.isPresent()) {
              out.append("<a href=\"#cell-").append(Html.escape(address)).append("\" title=\"")
                  .append(Html.escape(address)).append("\">").append(Html.escape(cell.get().getLabelPath()))
                  .append("</a>");
            } else {
              out.append("<code>").append(Html.escape(address)).append("</code>");
            }
          }
          out.append("）</span>");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
  }
}

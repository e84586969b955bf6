package io.github.xxgk.disclosure.io.markdown;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report's three tables and, optionally, {@linkplain CellNote notes} as GitHub-flavoured Markdown, for
 * issues and chat.
 *
 * <p>Markdown has no merged cells, so each row is labelled with its label path ({@code 三、本年度办理结果 › （一）予以公开})
 * and each column with its header path; table 二 is one table per 第二十条 block. Cells a note involves are bold
 * with the numbers of their notes; unresolved cells show their printed text in italics. All text is escaped. Instances are immutable and thread-safe.
 */
public final class MarkdownWriter {
  private static final MarkdownWriter DEFAULT = new MarkdownWriter(List.of());
  private static final String PATH_SEPARATOR = " › ";

  private final List<CellNote> notes;

  private MarkdownWriter(List<CellNote> notes) {
    this.notes = List.copyOf(notes);
  }

  /** Returns a writer without notes. */
  public static MarkdownWriter of() {
    return DEFAULT;
  }

  /** Returns a copy that marks the cells of the given notes and lists the notes after the tables. */
  public MarkdownWriter withNotes(List<CellNote> notes) {
    return new MarkdownWriter(notes);
  }

  /** Returns the notes written. */
  public List<CellNote> getNotes() {
    return notes;
  }

  /** Returns the report's tables (and notes) as Markdown text. */
  public String toMarkdown(Report report) {
    StringBuilder out = new StringBuilder();
    Catalog catalog = report.getCatalog();
    out.append("# ").append(escape(report.getTitle().filter(t -> !t.isBlank())
        .orElse(report.getBody() + report.getYear() + "年政府信息公开工作年度报告"))).append("\n\n");
    out.append("- 报告机关：").append(escape(report.getBody())).append('\n');
    out.append("- 报告年度：").append(report.getYear()).append("年\n");
    out.append("- 表格格式：").append(edition(catalog)).append("\n");
    if (report.hasTable(TableId.PROACTIVE)) {
      out.append("\n## ").append(TableId.PROACTIVE.getTitle()).append('\n');
      for (ProactiveBlock block : catalog.getBlocks()) {
        out.append("\n**").append(escape(block.getLabel())).append("**\n\n");
        List<CatalogRow> rows = catalog.getRows(block);
        List<String> header = new ArrayList<>();
        header.add(ProactiveBlock.CONTENT_LABEL);
        for (Cell cell : rows.get(0).getCells()) {
          header.add(cell.getColumnLabel());
        }
        table(out, report, header, rows, extras(report, TableId.PROACTIVE, Optional.of(block)));
      }
      extraList(out, extras(report, TableId.PROACTIVE, Optional.empty()));
    }
    if (report.hasTable(TableId.REQUESTS)) {
      out.append("\n## ").append(TableId.REQUESTS.getTitle()).append("\n\n")
          .append(escape(RequestRow.IDENTITY_NOTE)).append("\n\n");
      List<CatalogRow> rows = catalog.getRows(TableId.REQUESTS);
      List<String> header = new ArrayList<>();
      header.add("");
      for (Cell cell : rows.get(0).getCells()) {
        header.add(String.join(PATH_SEPARATOR, cell.getColumnPath()));
      }
      table(out, report, header, rows, extras(report, TableId.REQUESTS, Optional.empty()));
    }
    if (report.hasTable(TableId.REVIEW_LITIGATION)) {
      out.append("\n## ").append(TableId.REVIEW_LITIGATION.getTitle()).append("\n\n");
      List<CatalogRow> rows = catalog.getRows(TableId.REVIEW_LITIGATION);
      List<String> header = new ArrayList<>();
      header.add("");
      for (Cell cell : rows.get(0).getCells()) {
        header.add(cell.getColumnLabel());
      }
      table(out, report, header, rows, extras(report, TableId.REVIEW_LITIGATION, Optional.empty()));
    }
    notes(out, catalog, report);
    return out.toString();
  }

  private static String edition(Catalog catalog) {
    if (catalog.getEdition() != Edition.MIXED) {
      return catalog.getEdition().getNotice().orElseThrow();
    }
    return "表二 " + catalog.getProactiveEdition().getNotice().orElseThrow() + "，表三 "
        + catalog.getRequestsEdition().getNotice().orElseThrow();
  }

  private static List<ExtraRow> extras(Report report, TableId table, Optional<ProactiveBlock> block) {
    List<ExtraRow> found = new ArrayList<>();
    for (ExtraRow extra : report.getExtraRows()) {
      if (extra.getTable() == table && (table != TableId.PROACTIVE || extra.getBlock().equals(block))) {
        found.add(extra);
      }
    }
    return found;
  }

  private void table(StringBuilder out, Report report, List<String> header, List<CatalogRow> rows,
      List<ExtraRow> extras) {
    row(out, header, true);
    StringBuilder rule = new StringBuilder("| --- |");
    for (int i = 1; i < header.size(); i++) {
      rule.append(" ---: |");
    }
    out.append(rule).append('\n');
    for (CatalogRow row : rows) {
      List<String> cells = new ArrayList<>();
      // table 二 rows are under their block's caption; the others carry their whole label path
      cells.add(escape(row.getTable() == TableId.PROACTIVE ? row.getLabel()
          : String.join(PATH_SEPARATOR, row.getLabelPath())));
      for (Cell cell : row.getCells()) {
        cells.add(cell(report, cell));
      }
      row(out, cells, false);
    }
    extraList(out, extras);
  }

  private static void extraList(StringBuilder out, List<ExtraRow> extras) {
    if (extras.isEmpty()) {
      return;
    }
    out.append("\n未列入格式的行：\n\n");
    for (ExtraRow extra : extras) {
      List<String> cells = new ArrayList<>();
      for (String cell : extra.getCells()) {
        cells.add(cell.isEmpty() ? "（空）" : escape(cell));
      }
      out.append("- ").append(escape(extra.getLabel())).append("：").append(String.join(" ｜ ", cells))
          .append(extra.getAfter().map(after -> "（在 " + code(after) + " 之后）").orElse(""))
          .append('\n');
    }
  }

  private static void row(StringBuilder out, List<String> cells, boolean escapeThem) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escapeThem ? escape(cell) : cell).append(" |");
    }
    out.append('\n');
  }

  private String cell(Report report, Cell cell) {
    CellValue value = report.get(cell);
    String text;
    switch (value.getState()) {
      case BLANK:
        text = "";
        break;
      case UNRESOLVED:
        // unresolved: the printed text in italics
        text = "*" + escape(value.getPrinted().orElse("")) + "*";
        break;
      default:
        Optional<Money> money = value.getMoney();
        if (money.isEmpty()) {
          text = Long.toString(value.toCount());
        } else {
          boolean stated = cell.getHeaderUnit().equals(Optional.of(money.get().getUnit()));
          text = escape(money.get().getAmount().toPlainString() + (stated ? "" : money.get().getUnit().getLabel()));
        }
    }
    List<String> marks = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).getCells().contains(cell.getAddress())) {
        marks.add(Integer.toString(i + 1));
      }
    }
    return marks.isEmpty() ? text : "**" + (text.isEmpty() ? "（空）" : text) + "** ⚠" + String.join(",", marks);
  }

  private void notes(StringBuilder out, Catalog catalog, Report report) {
    if (notes.isEmpty()) {
      return;
    }
    out.append("\n## 检查结果\n\n");
    for (int i = 0; i < notes.size(); i++) {
      CellNote note = notes.get(i);
      out.append(i + 1).append(". **").append(escape(note.getSeverity())).append("** ")
          .append(escape(note.getRule())).append("：").append(escape(note.getMessage()));
      List<String> cells = new ArrayList<>();
      for (String address : note.getCells()) {
        Optional<Cell> cell = catalog.find(address).filter(found -> report.hasTable(found.getTable()));
        cells.add(code(address) + cell.map(c -> "（" + escape(c.getLabelPath()) + "）").orElse(""));
      }
      if (!cells.isEmpty()) {
        out.append(" — ").append(String.join("；", cells));
      }
      out.append('\n');
    }
  }

  private static String code(String address) {
    return "`" + address.replace("`", "").replace("\n", " ").replace("\r", " ") + "`";
  }

  /** Escapes Markdown syntax and HTML in text, and puts line breaks as spaces, so it stays in its table cell. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.append(' ');
      } else if ("\\`*_[]<>|~&!#".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

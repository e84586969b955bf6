package io.github.xxgk.disclosure.io.pdf;

import io.github.xxgk.disclosure.io.read.Position;
import io.github.xxgk.disclosure.io.read.PrintedCell;
import io.github.xxgk.disclosure.io.read.PrintedDocument;
import io.github.xxgk.disclosure.io.read.PrintedRow;
import io.github.xxgk.disclosure.io.read.PrintedTable;
import io.github.xxgk.disclosure.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the laid-out blocks of a PDF into a {@link PrintedDocument}: the large lines opening page 1 are the
 * title, lines before the first section heading are metadata, text lines between headings are the sections'
 * paragraphs, ruled tables become rows of cells (a cell spanning rows repeated in each, empty cells of label
 * columns left out), and runs of lines whose gaps split them into cells with numbers become tables too.
 */
final class PrintedPdf {
  private static final Pattern VALUE =
      Pattern.compile("^[+\\-−—–]?\\s*[0-9][0-9,，.\\s]*\\s*(万元|亿元|元|件|个|项|笔)?$");
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六"};
  private static final int HEADING_MAX = 40;

  private PrintedPdf() {}

  static PrintedDocument of(String source, List<PdfBlock> blocks) {
    return of(source, blocks, Optional.empty());
  }

  /** Builds the document; {@code pdfTitle} (the file's own title) is the title when no title is printed. */
  static PrintedDocument of(String source, List<PdfBlock> blocks, Optional<String> pdfTitle) {
    PrintedDocument.Builder b = PrintedDocument.builder();
    if (source != null) {
      b.source(source);
    }
    List<PdfLine> lines = new ArrayList<>();
    for (PdfBlock block : blocks) {
      if (block instanceof PdfLine l) {
        lines.add(l);
      }
    }
    int start = title(lines, b);
    if (start == 0) {
      pdfTitle.ifPresent(b::title);
    }
    Map<Section, List<PdfLine>> sections = new HashMap<>();
    List<PdfLine> preface = new ArrayList<>();
    Section current = null;
    PdfLine previousLine = null;
    List<PdfLine> runTable = new ArrayList<>();
    int index = 0;
    for (PdfBlock block : blocks) {
      if (block instanceof PdfTable t) {
        flushRunTable(runTable, b);
        b.addTable(table(t, caption(previousLine)));
        continue;
      }
      PdfLine line = (PdfLine) block;
      if (index++ < start) {
        continue;
      }
      Section heading = heading(line.text(), current);
      if (heading != null) {
        flushRunTable(runTable, b);
        current = heading;
        sections.put(current, new ArrayList<>());
        previousLine = line;
        continue;
      }
      if (isRunRow(line)) {
        if (runTable.isEmpty()) {
          runTable.add(previousLine);
        }
        runTable.add(line);
        continue;
      }
      flushRunTable(runTable, b);
      (current == null ? preface : sections.get(current)).add(line);
      previousLine = line;
    }
    flushRunTable(runTable, b);
    for (String paragraph : paragraphs(preface)) {
      b.addMetadata(paragraph);
    }
    for (Map.Entry<Section, List<PdfLine>> e : sections.entrySet()) {
      b.section(e.getKey(), String.join("\n", paragraphs(e.getValue())));
    }
    return b.build();
  }

  /** Sets the title from the lines opening page 1 in a font larger than the body's; returns how many. */
  private static int title(List<PdfLine> lines, PrintedDocument.Builder b) {
    double body = bodySize(lines);
    StringBuilder title = new StringBuilder();
    int n = 0;
    while (n < lines.size() && lines.get(n).page() == 1 && lines.get(n).fontSize() > body + 1) {
      title.append(lines.get(n).text());
      n++;
    }
    if (title.length() > 0) {
      b.title(title.toString());
    }
    return n;
  }

  private static double bodySize(List<PdfLine> lines) {
    Map<Long, Integer> counts = new HashMap<>();
    long best = 0;
    for (PdfLine l : lines) {
      long size = Math.round(l.fontSize());
      int c = counts.merge(size, 1, Integer::sum);
      if (c > counts.getOrDefault(best, 0)) {
        best = size;
      }
    }
    return best;
  }

  /** The section a line heads: {@code 三、…} with the next numeral after the current section, short, no full stop. */
  static Section heading(String text, Section current) {
    String t = text.replaceAll("\\s+", "");
    if (t.length() > HEADING_MAX || t.endsWith("。")) {
      return null;
    }
    int from = current == null ? 0 : current.ordinal() + 1;
    for (int i = from; i < NUMERALS.length; i++) {
      Section s = Section.values()[i];
      if (t.startsWith(NUMERALS[i] + "、") || t.startsWith(NUMERALS[i] + "．") || t.startsWith(NUMERALS[i] + ".")) {
        String official = s.getTitle().substring(2);
        String printed = t.substring(2);
        if (similar(printed, official)) {
          return s;
        }
      }
    }
    return null;
  }

  private static boolean similar(String printed, String official) {
    int common = 0;
    for (int i = 0; i < official.length(); i++) {
      if (printed.indexOf(official.charAt(i)) >= 0) {
        common++;
      }
    }
    return common * 2 >= official.length();
  }

  /** Joins lines into paragraphs: a new one where a line is indented or the line before ends short. */
  static List<String> paragraphs(List<PdfLine> lines) {
    List<String> out = new ArrayList<>();
    if (lines.isEmpty()) {
      return out;
    }
    double left = lines.stream().mapToDouble(PdfLine::left).min().orElse(0);
    double right = lines.stream().mapToDouble(PdfLine::right).max().orElse(0);
    StringBuilder p = new StringBuilder();
    PdfLine previous = null;
    for (PdfLine l : lines) {
      boolean indented = l.left() > left + 0.8 * l.fontSize();
      boolean previousShort = previous != null && previous.right() < right - 2 * previous.fontSize();
      if (previous != null && (indented || previousShort)) {
        out.add(p.toString());
        p.setLength(0);
      }
      if (p.length() > 0 && !TextLines.isWide(p.charAt(p.length() - 1)) && !TextLines.isWide(l.text().charAt(0))) {
        p.append(' ');
      }
      p.append(l.text());
      previous = l;
    }
    out.add(p.toString());
    return out;
  }

  private static String caption(PdfLine previous) {
    if (previous == null) {
      return null;
    }
    String t = previous.text().strip();
    return t.length() <= HEADING_MAX && !t.endsWith("。") ? t : null;
  }

  /** Whether a line is a row of a table drawn without rulings: two runs or more, one of them a number. */
  private static boolean isRunRow(PdfLine line) {
    return line.runs().size() >= 2 && line.runs().stream().anyMatch(r -> isValue(r.text()));
  }

  private static boolean isValue(String text) {
    return VALUE.matcher(text).matches();
  }

  /**
   * Adds the table of the lines split by wide gaps (the first line, possibly null, is the one printed before).
   * The columns are the x-ranges the numbers of all rows share; a row printing nothing in a column gets an empty
   * cell there, so a blank cell keeps its place. Where the numbers do not line up in columns, each run is a cell.
   */
  private static void flushRunTable(List<PdfLine> lines, PrintedDocument.Builder b) {
    if (lines.isEmpty()) {
      return;
    }
    List<PdfLine> rowsLines = lines.stream().filter(l -> l != null && isRunRow(l)).toList();
    List<double[]> columns = columns(rowsLines);
    List<PrintedRow> rows = new ArrayList<>();
    for (PdfLine l : rowsLines) {
      Position at = Position.ofPage(l.page(), round(l.left()), round(l.top()), -1);
      List<PrintedCell> cells = new ArrayList<>();
      if (columns.isEmpty()) {
        for (PdfLine.Run run : l.runs()) {
          cells.add(PrintedCell.of(run.text(), Position.ofPage(l.page(), round(run.left()), round(l.top()), -1)));
        }
      } else {
        for (PdfLine.Run run : l.runs()) {
          if (!isValue(run.text()) && columns.stream().noneMatch(c -> run.overlaps(c[0], c[1], 0))) {
            cells.add(PrintedCell.of(run.text(), Position.ofPage(l.page(), round(run.left()), round(l.top()), -1)));
          }
        }
        for (double[] c : columns) {
          StringBuilder text = new StringBuilder();
          for (PdfLine.Run run : l.runs()) {
            if (run.overlaps(c[0], c[1], 0)) {
              text.append(text.length() == 0 ? "" : " ").append(run.text());
            }
          }
          cells.add(PrintedCell.of(text.toString(), Position.ofPage(l.page(), round(c[0]), round(l.top()), -1)));
        }
      }
      rows.add(PrintedRow.of(cells, at));
    }
    String caption = caption(lines.get(0));
    PdfLine first = rowsLines.get(0);
    Position at = Position.ofPage(first.page(), round(first.left()), round(first.top()), -1);
    b.addTable(caption == null ? PrintedTable.of(rows) : PrintedTable.of(caption, rows, at));
    lines.clear();
  }

  /**
   * The x-ranges of the number columns: the extents of the numeric runs of all rows, merged where they overlap;
   * empty unless as many as the most numbers any row prints (else the numbers do not line up).
   */
  private static List<double[]> columns(List<PdfLine> lines) {
    List<double[]> spans = new ArrayList<>();
    int widest = 0;
    for (PdfLine l : lines) {
      int n = 0;
      for (PdfLine.Run r : l.runs()) {
        if (isValue(r.text())) {
          spans.add(new double[] {r.left(), r.right()});
          n++;
        }
      }
      widest = Math.max(widest, n);
    }
    spans.sort((x, y) -> Double.compare(x[0], y[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] s : spans) {
      double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new double[] {s[0], s[1]});
      }
    }
    return merged.size() == widest ? merged : List.of();
  }

  /** The rows of a ruled table; empty cells in columns that never hold a number are label space, left out. */
  static PrintedTable table(PdfTable t, String caption) {
    boolean[] valueColumn = new boolean[t.columnCount()];
    int[] numeric = new int[t.columnCount()];
    for (PdfCell c : t.cells()) {
      if (VALUE.matcher(c.text()).matches()) {
        for (int j = c.column(); j < c.column() + c.columnSpan() && j < numeric.length; j++) {
          numeric[j]++;
        }
      }
    }
    for (int j = 0; j < numeric.length; j++) {
      valueColumn[j] = numeric[j] >= 2;
    }
    List<PrintedRow> rows = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      List<PrintedCell> cells = new ArrayList<>();
      for (PdfCell c : t.row(r)) {
        if (c.text().isEmpty() && !inValueColumn(c, valueColumn)) {
          continue;
        }
        cells.add(PrintedCell.of(c.text(), Position.ofPage(c.page(), round(c.left()), round(c.top()), -1)));
      }
      if (!cells.isEmpty() && cells.stream().anyMatch(c -> !c.getText().isEmpty())) {
        rows.add(PrintedRow.of(cells));
      }
    }
    Position at = Position.ofPage(t.page(), round(t.left()), round(t.top()), -1);
    return caption == null ? PrintedTable.of(rows) : PrintedTable.of(caption, rows, at);
  }

  private static boolean inValueColumn(PdfCell c, boolean[] valueColumn) {
    for (int j = c.column(); j < c.column() + c.columnSpan() && j < valueColumn.length; j++) {
      if (valueColumn[j]) {
        return true;
      }
    }
    return false;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}

package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The hand-checked values of a corpus file ({@code expected/<name>.tsv}) and their comparison with a report. */
final class Expected {
  /** One expected line: table numeral, row label, column labels, printed text, value (blank when none). */
  static final class Line {
    final int number;
    final String table;
    final String row;
    final String columns;
    final String printed;
    final String value;

    Line(int number, String[] f) {
      this.number = number;
      this.table = f[0];
      this.row = f[1];
      this.columns = f[2];
      this.printed = f[3];
      this.value = f.length > 4 ? f[4] : "";
    }
  }

  /** The comparison of one file: cells compared, cells equal, and a description of each difference. */
  static final class Comparison {
    int total;
    int exact;
    final List<String> differences = new ArrayList<>();
  }

  private Expected() {}

  static List<Line> parse(Path tsv) throws IOException {
    List<Line> lines = new ArrayList<>();
    List<String> raw = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (int i = 0; i < raw.size(); i++) {
      String l = raw.get(i);
      if (l.isBlank() || l.startsWith("#") || l.startsWith("table\t")) {
        continue;
      }
      lines.add(new Line(i + 1, l.split("\t", -1)));
    }
    return lines;
  }

  /** Compares every expected cell with the report, in the expected file's order within each row. */
  static Comparison compare(String name, List<Line> lines, Report report) {
    Comparison c = new Comparison();
    String currentRow = null;
    List<Cell> rowCells = List.of();
    int next = 0;
    for (Line line : lines) {
      int width = line.columns.contains(" | ") ? line.columns.split(" \\| ").length
          : line.columns.startsWith("(all ") ? -1 : 1;
      if (line.table.equals("四")) {
        if (!report.hasTable(TableId.REVIEW_LITIGATION)) {
          c.total++;
          c.differences.add(name + ":" + line.number + " table 四 missing");
          continue;
        }
        Cell cell = reviewCell(report, line.columns);
        check(c, name, line, report, cell);
        continue;
      }
      String key = line.table + "/" + line.row;
      if (!key.equals(currentRow)) {
        currentRow = key;
        next = 0;
        Optional<CatalogRow> row = row(report, line);
        rowCells = row.map(CatalogRow::getCells).orElse(List.of());
        if (row.isEmpty()) {
          c.differences.add(name + ":" + line.number + " row not found in the report's catalog: " + line.row);
        }
      }
      int count = width < 0 ? rowCells.size() : width;
      for (int k = 0; k < count; k++) {
        if (next >= rowCells.size()) {
          c.total++;
          c.differences.add(name + ":" + line.number + " no cell for " + line.row + " × " + line.columns);
          continue;
        }
        check(c, name, line, report, rowCells.get(next++));
      }
    }
    return c;
  }

  private static Optional<CatalogRow> row(Report report, Line line) {
    String[] path = line.row.split(" › ");
    String leaf = path[path.length - 1].replaceAll(" \\(.*\\)$", "");
    Optional<Labels.Match> match = Labels.match(Labels.key(leaf));
    if (match.isEmpty()) {
      return Optional.empty();
    }
    TableId table = line.table.equals("二") ? TableId.PROACTIVE : TableId.REQUESTS;
    for (CatalogRow row : report.getCatalog().getRows(table)) {
      if (row.getId().equals(match.get().entry.rowId)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  private static Cell reviewCell(Report report, String columns) {
    ReviewGroup group = columns.contains("未经复议直接起诉") ? ReviewGroup.LITIGATION_DIRECT
        : columns.contains("复议后起诉") ? ReviewGroup.LITIGATION_AFTER_REVIEW : ReviewGroup.REVIEW;
    String leaf = columns.substring(columns.lastIndexOf(' ') + 1);
    for (CatalogRow row : report.getCatalog().getRows(TableId.REVIEW_LITIGATION)) {
      if (row.getId().equals(group.getId())) {
        for (Cell cell : row.getCells()) {
          if (cell.getColumnLabel().equals(leaf)) {
            return cell;
          }
        }
      }
    }
    throw new IllegalArgumentException("no table 四 column " + columns);
  }

  private static void check(Comparison c, String name, Line line, Report report, Cell cell) {
    c.total++;
    if (!report.hasTable(cell.getTable())) {
      c.differences.add(name + ":" + line.number + " " + cell.getAddress() + " table missing");
      return;
    }
    CellValue actual = report.get(cell);
    boolean equal;
    if (line.value.isEmpty()) {
      equal = !actual.isValue();
    } else if (!actual.isValue()) {
      equal = false;
    } else {
      BigDecimal number = actual.getMoney().map(m -> m.getAmount()).orElse(actual.getNumber().orElseThrow());
      equal = number.compareTo(new BigDecimal(line.value)) == 0;
    }
    if (equal) {
      c.exact++;
    } else {
      c.differences.add(name + ":" + line.number + " " + cell.getAddress() + " expected "
          + (line.value.isEmpty() ? "no value" : line.value) + " (printed " + line.printed + ") but read " + actual);
    }
  }
}

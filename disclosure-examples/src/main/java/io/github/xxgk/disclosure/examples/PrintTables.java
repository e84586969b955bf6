package io.github.xxgk.disclosure.examples;

import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a report in canonical JSON (by default the bundled 张家口市宣化区 2019 report) and prints its three tables,
 * labels and order taken from the catalog.
 */
public final class PrintTables {
  private PrintTables() {}

  /** Prints the tables of the report at the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "examples/zhangjiakou-xuanhua-2019.json");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      Report report = ReportJson.read(Files.readAllBytes(path), path.getFileName().toString());
      print(report, out);
    } catch (ReportReadException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Prints the report's title line and each table it holds. */
  public static void print(Report report, PrintStream out) {
    out.println(report.getBody() + " " + report.getYear() + "年 (" + report.getEdition() + ")");
    Catalog catalog = report.getCatalog();
    if (report.hasTable(TableId.PROACTIVE)) {
      out.println();
      out.println(TableId.PROACTIVE.getTitle());
      for (ProactiveBlock block : catalog.getBlocks()) {
        out.println(block.getLabel());
        for (CatalogRow row : catalog.getRows(block)) {
          StringBuilder line = new StringBuilder("  ").append(row.getLabel());
          for (Cell cell : row.getCells()) {
            line.append(" | ").append(cell.getColumnLabel()).append(' ').append(text(report.get(cell)));
          }
          out.println(line);
        }
      }
    }
    if (report.hasTable(TableId.REQUESTS)) {
      out.println();
      out.println(TableId.REQUESTS.getTitle());
      grid(report, catalog.getRows(TableId.REQUESTS), out);
    }
    if (report.hasTable(TableId.REVIEW_LITIGATION)) {
      out.println();
      out.println(TableId.REVIEW_LITIGATION.getTitle());
      grid(report, catalog.getRows(TableId.REVIEW_LITIGATION), out);
    }
  }

  private static void grid(Report report, List<CatalogRow> rows, PrintStream out) {
    StringBuilder header = new StringBuilder();
    for (Cell cell : rows.get(0).getCells()) {
      header.append(" | ").append(cell.getColumnLabel());
    }
    out.println(" " + header);
    for (CatalogRow row : rows) {
      StringBuilder line = new StringBuilder(String.join(" › ", row.getLabelPath()));
      for (Cell cell : row.getCells()) {
        line.append(" | ").append(text(report.get(cell)));
      }
      out.println(line);
    }
  }

  private static String text(CellValue value) {
    switch (value.getState()) {
      case BLANK:
        return "(blank" + value.getPrinted().map(p -> " " + p).orElse("") + ")";
      case UNRESOLVED:
        return "(unresolved " + value.getPrinted().orElse("") + ")";
      default:
        return value.getMoney()
            .map(m -> m.getPrinted().orElse(m.getAmount().toPlainString() + m.getUnit().getLabel()))
            .orElseGet(() -> value.getNumber().orElseThrow().toPlainString());
    }
  }
}

package io.github.xxgk.disclosure.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.TestReports;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Writes pages with {@link HtmlTableWriter} and reads them back with our own {@link HtmlReportReader}. */
class HtmlRoundTripTest {
  @Test
  void readsBackEveryExpectedCorpusReportWithEveryCellTheSame() throws ReportReadException {
    Map<String, Report> corpus = TestReports.fromExpected();
    assertEquals(11, corpus.size());
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, Report> e : corpus.entrySet()) {
      differences.addAll(differences(e.getKey(), e.getValue()));
    }
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  @Test
  void readsBackEveryCorpusReportAsOurReadersReadItWithEveryCellTheSame()
      throws IOException, ReportReadException {
    List<Path> files;
    try (Stream<Path> list = Files.list(TestReports.corpus().resolve("reports"))) {
      files = list.filter(p -> !p.toString().endsWith(".pdf")).sorted().toList();
    }
    assertEquals(42, files.size());
    List<String> differences = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      ReadResult read = name.endsWith(".html") ? HtmlReportReader.of().read(file) : TextReportReader.of().read(file);
      differences.addAll(differences(name, read.getReport()));
    }
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  @Test
  void readsBackHandMadeReportsWithEveryCellTheSame() {
    assertSameReport("full2021", TestReports.full2021());
    assertSameReport("mixed", TestReports.mixed());
    assertSameReport("requests-only", TestReports.requestsOnly2019());
    assertSameReport("procurement", TestReports.procurement2019());
    assertSameReport("no-tables", TestReports.noTables());
  }

  @Test
  void readsBackEscapedBodyAndTitleExactly() throws ReportReadException {
    Report report = Report.builder().from(TestReports.requestsOnly2019())
        .body("某局<script>alert(1)</script>&amp;\"'").build();
    Report back = read("escaped", report).getReport();
    assertEquals(report.getBody(), back.getBody());
    assertEquals(report.getBody() + "2020年政府信息公开工作年度报告", back.getTitle().orElseThrow());
    assertSameReport("escaped", report);
  }

  static void assertSameReport(String name, Report report) {
    List<String> differences = differences(name, report);
    assertEquals(List.of(), differences, String.join("\n", differences));
  }

  /** Returns every difference between the report and the report read back from its page, each naming the report. */
  static List<String> differences(String name, Report report) {
    List<String> differences = new ArrayList<>();
    Report back;
    try {
      back = read(name, report).getReport();
    } catch (ReportReadException e) {
      return List.of(name + ": " + e.getMessage());
    }
    compare(differences, name + " year", report.getYear(), back.getYear());
    compare(differences, name + " body", report.getBody(), back.getBody());
    compare(differences, name + " edition", report.getEdition(), back.getEdition());
    compare(differences, name + " extra rows", report.getExtraRows(), back.getExtraRows());
    for (TableId table : TableId.values()) {
      compare(differences, name + " table " + table.getNumeral(), report.hasTable(table), back.hasTable(table));
      if (!report.hasTable(table) || !back.hasTable(table)) {
        continue;
      }
      for (Cell cell : report.getCatalog().getCells(table)) {
        boolean printed = printedKept(report.get(cell));
        compare(differences, name + " " + cell, normalised(report.get(cell), printed),
            normalised(back.get(cell), printed));
      }
    }
    return differences;
  }

  private static void compare(List<String> differences, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      differences.add(what + ": " + expected + " read back as " + actual);
    }
  }

  /**
   * Returns whether the writer prints the cell's printed text as given: blank markers, unresolved text and amounts
   * with a printed text; counts are printed as numbers, so a printed {@code +3} is not kept.
   */
  private static boolean printedKept(CellValue value) {
    return value.getState() != CellState.VALUE || value.getMoney().flatMap(m -> m.getPrinted()).isPresent();
  }

  /** Returns the state, the value in 元 and, when asked, the printed text of a cell. */
  private static String normalised(CellValue value, boolean printed) {
    return value.getState() + value.getNumber().map(n -> " " + n.stripTrailingZeros().toPlainString()).orElse("")
        + (printed ? " '" + value.getPrinted().orElse("") + "'" : "");
  }

  private static ReadResult read(String name, Report report) throws ReportReadException {
    byte[] page = HtmlTableWriter.of().toPage(report).getBytes(StandardCharsets.UTF_8);
    return HtmlReportReader.of().read(page, name + ".html");
  }
}

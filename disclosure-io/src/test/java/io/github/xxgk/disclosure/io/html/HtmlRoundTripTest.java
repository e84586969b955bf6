package io.github.xxgk.disclosure.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.TestReports;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes pages with {@link HtmlTableWriter} and reads them back with our own {@link HtmlReportReader}. */
class HtmlRoundTripTest {
  @Test
  void readsBackCorpusReportsWithEveryCellTheSame() throws ReportReadException {
    Map<String, Report> corpus = TestReports.fromExpected();
    for (String name : List.of("e2019-2019-zhangjiakou-xuanhua", "e2019-2020-pingtan.page", "e2021-2021-pingtan",
        "e2021-2021-pingtan.page", "e2021-2021-pingtan-zrz.page", "e2021-2022-pingtan-jinjing",
        "e2021-2022-pingtan-jinjing.page")) {
      assertSameReport(name, corpus.get(name));
    }
  }

  @Test
  void readsBackHandMadeReportsWithEveryCellTheSame() throws ReportReadException {
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

  private static void assertSameReport(String name, Report report) throws ReportReadException {
    Report back = read(name, report).getReport();
    assertEquals(report.getYear(), back.getYear(), name);
    assertEquals(report.getBody(), back.getBody(), name);
    assertEquals(report.getEdition(), back.getEdition(), name);
    assertEquals(report.getExtraRows(), back.getExtraRows(), name);
    List<String> differences = new ArrayList<>();
    for (TableId table : TableId.values()) {
      assertEquals(report.hasTable(table), back.hasTable(table), name + " table " + table.getNumeral());
      if (!report.hasTable(table)) {
        continue;
      }
      for (Cell cell : report.getCatalog().getCells(table)) {
        String expected = normalised(report.get(cell));
        String actual = normalised(back.get(cell));
        if (!expected.equals(actual)) {
          differences.add(cell + ": " + expected + " read back as " + actual);
        }
      }
    }
    assertEquals(List.of(), differences, name);
  }

  /** Returns the state and the value in 元 of a cell (printed texts differ by design: the reader keeps its own). */
  private static String normalised(CellValue value) {
    return value.getState() + value.getNumber().map(n -> " " + n.stripTrailingZeros().toPlainString()).orElse("");
  }

  private static ReadResult read(String name, Report report) throws ReportReadException {
    byte[] page = HtmlTableWriter.of().toPage(report).getBytes(StandardCharsets.UTF_8);
    return HtmlReportReader.of().read(page, name + ".html");
  }
}

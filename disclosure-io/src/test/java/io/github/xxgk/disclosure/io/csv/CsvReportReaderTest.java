package io.github.xxgk.disclosure.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.TestReports;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportReaderTest {
  @Test
  void roundTripIsIdentityOnHandMadeReports() throws IOException {
    for (Report report : TestReports.handMade()) {
      for (boolean bom : new boolean[] {false, true}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvReportWriter.of().withBom(bom).write(report, out);
        ReadResult read = CsvReportReader.of().read(new ByteArrayInputStream(out.toByteArray()), "r.csv");
        assertEquals(report, read.getReport());
        assertEquals(0, read.getDiagnostics().size());
      }
    }
  }

  @Test
  void roundTripIsIdentityOnEveryCorpusReport() throws IOException {
    Map<String, Report> corpus = TestReports.fromExpected();
    assertEquals(11, corpus.size());
    for (Map.Entry<String, Report> entry : corpus.entrySet()) {
      Report report = entry.getValue();
      String csv = CsvReportWriter.of().toCsv(report);
      assertEquals(report, CsvReportReader.of().read(csv).getReport(), entry.getKey());
    }
  }

  @Test
  void restoresNeutralisedFormulasExactly() throws IOException {
    Report report = CsvReportReader.of().read(CsvReportWriter.of().toCsv(TestReports.full2021())).getReport();
    assertEquals("=cmd|' /C calc'!A0", report.getPrinted().get("t3.carried_over_to_next.total"));
    assertEquals(CellState.UNRESOLVED, report.getStates().get("t3.carried_over_to_next.total"));
    assertEquals("+3", report.getPrinted().get("t2.art20_1.regulations.issued"));
    assertEquals("-ZF001-2023-00012", report.getIndexNumber().orElseThrow());
    assertEquals("", report.getPrinted().get("t4.review.pending"));
    assertEquals(false, report.getPrinted().containsKey("t3.new_received.social_welfare_org"));
  }

  @Test
  void readsAFileWithBom(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("r.csv");
    try (var out = Files.newOutputStream(file)) {
      CsvReportWriter.of().withBom(true).write(TestReports.mixed(), out);
    }
    assertEquals(TestReports.mixed(), CsvReportReader.of().read(file).getReport());
  }

  @Test
  void readsLfLineEndsAndUnneutralisedText() throws IOException {
    String csv = CsvReportWriter.of().toCsv(TestReports.requestsOnly2019()).replace("\r\n", "\n");
    assertEquals(TestReports.requestsOnly2019(), CsvReportReader.of().read(csv).getReport());
  }

  @Test
  void rejectsUnclosedQuoteNamingLineAndColumn() {
    String csv = valid() + "section,overview,,一、总体情况,,\"text\n";
    assertEquals("line 5, column 6: quoted field not closed before the end of the input", message(csv));
  }

  @Test
  void rejectsTextAfterClosingQuote() {
    String csv = valid().replace("meta,catalog.t3,,,,GOV_2021", "meta,catalog.t3,,,,\"GOV_2021\"x");
    assertEquals("line 4, column 6: unexpected 'x' after the closing quote", message(csv));
  }

  @Test
  void rejectsQuoteInsideUnquotedField() {
    String csv = valid().replace("某街道办事处\r\nmeta,catalog.t3", "某街道办事处\r\nmeta,cata\"log.t3");
    assertEquals("line 4, column 2: a quote inside an unquoted field; quote the whole field and double the quote",
        message(csv));
  }

  @Test
  void rejectsWrongHeader() {
    assertEquals("line 1: expected the header record,address,table,row_label,column_label,value,printed,state,unit,"
        + "amount,unit_assumed,edition,year,body, found a,b", message("a,b\r\n"));
    assertEquals("line 1: empty input; expected the header record,address,table,row_label,column_label,value,"
        + "printed,state,unit,amount,unit_assumed,edition,year,body", message(""));
  }

  @Test
  void rejectsWrongFieldCount() {
    String csv = valid() + "section,overview\r\n";
    assertEquals("line 5: expected 14 fields, found 2", message(csv));
  }

  @Test
  void keepsANegativeCountForTheRulesToReport() throws ReportReadException {
    String csv = CsvReportWriter.of().toCsv(TestReports.requestsOnly2019());
    Report report = CsvReportReader.of().read(csv.replace(
        "cell,t3.new_received.natural_person,三,一、本年新收政府信息公开申请数量,自然人,7,",
        "cell,t3.new_received.natural_person,三,一、本年新收政府信息公开申请数量,自然人,-2,")).getReport();
    assertEquals(-2, report.getCount(report.getCatalog().get("t3.new_received.natural_person")));
  }

  @Test
  void rejectsBadCellRecords() {
    String csv = CsvReportWriter.of().toCsv(TestReports.requestsOnly2019());
    assertEquals(true, message(csv.replace("cell,t3.new_received.natural_person,三,一、本年新收政府信息公开申请数量,自然人,7,",
        "cell,t3.new_received.natural_person,三,一、本年新收政府信息公开申请数量,自然人,x7,"))
        .matches("line \\d+, column 6 \\(value\\): expected a whole number, got \"x7\""));
    assertTrue(message(csv.replace("cell,t3.granted.natural_person,", "cell,t3.granted.nobody,"))
        .matches("line \\d+, column 2 \\(address\\): no cell t3.granted.nobody in the Catalog\\[GOV_2019\\]"));
    assertTrue(message(csv.replace(",自然人,7,", ",自然人 ,7,"))
        .matches("line \\d+, column 5 \\(column_label\\): expected \"自然人\", got \"自然人 \""));
    assertTrue(message(csv.replace(",自然人,7,,value", ",自然人,7,,maybe"))
        .matches("line \\d+, column 8 \\(state\\): expected one of \\[blank, unresolved, value\\], got \"maybe\""));
    assertTrue(message(csv.replace(",总计,7,,value,,,,GOV_2019,2020,某局", ",总计,7,,value,,,,GOV_2019,2021,某局"))
        .matches("line \\d+, column 13 \\(year\\): differs from line 2: expected \"2020\", got \"2021\""));
    String lastCell = "cell,t3.carried_over_to_next.total,三,四、结转下年度继续办理,总计,0,,value,,,,GOV_2019,2020,某局\r\n";
    assertTrue(csv.contains(lastCell));
    assertTrue(message(csv.replace(lastCell, ""))
        .matches("line \\d+: table 三 lacks 1 cell record\\(s\\): t3.carried_over_to_next.total"));
    assertTrue(message(csv + lastCell).matches("line \\d+, column 2 \\(address\\): cell given twice: "
        + "t3.carried_over_to_next.total"));
  }

  @Test
  void rejectsAmountThatContradictsValue() {
    String csv = CsvReportWriter.of().toCsv(TestReports.procurement2019()).replace("408000000.00,4.08亿元",
        "408000001,4.08亿元");
    assertTrue(message(csv).matches("line \\d+, column 6 \\(value\\): value 408000001 元 is not the amount 4.08亿元 = "
        + "408000000.00 元"), message(csv));
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] gbk = "record".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[gbk.length + 2];
    System.arraycopy(gbk, 0, bad, 0, gbk.length);
    bad[gbk.length] = (byte) 0xC4;
    bad[gbk.length + 1] = (byte) 0x2C;
    ReportReadException e = assertThrows(ReportReadException.class,
        () -> CsvReportReader.of().read(new ByteArrayInputStream(bad), "gbk.csv"));
    assertTrue(e.getMessage().startsWith("gbk.csv: byte stream: not UTF-8 text"), e.getMessage());
  }

  private static String valid() {
    return CsvReportWriter.of().toCsv(Report.builder().edition(io.github.xxgk.disclosure.model.Edition.GOV_2021)
        .year(2023).body("某街道办事处").build());
  }

  private static String message(String csv) {
    return assertThrows(ReportReadException.class, () -> CsvReportReader.of().read(csv)).getMessage();
  }
}

package io.github.xxgk.disclosure.io.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.pdf.PdfReportReader;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.ReadOptions;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Inputs beyond the documented limits are refused with a message naming the limit and the position. */
class LimitsTest {
  private static final String HEAD = "{\"edition\":\"GOV_2021\",\"year\":2021,\"body\":\"某局\"";

  /**
   * The reader follows the canonical shape and stops at the first token out of it, so 100,000 levels of arrays are
   * refused at their first bracket; Jackson's depth limit ({@value ReportJson#MAX_NESTING_DEPTH}) stands behind it.
   */
  @Test
  void jsonNestingIsRefusedWhereTheShapeHasNone() {
    String deep = HEAD + ",\"sections\":{\"overview\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
    ReportReadException e = assertThrows(ReportReadException.class, () -> ReportJson.read(deep, "deep.json"));
    assertEquals("deep.json: $.sections.overview (line 1, column 70): expected a string, got an array",
        e.getMessage());
    String unknown = HEAD + ",\"x\":" + "[".repeat(ReportJson.MAX_NESTING_DEPTH + 1) + "}";
    e = assertThrows(ReportReadException.class, () -> ReportJson.read(unknown, "deep.json"));
    assertEquals("deep.json: $.x (line 1, column 51): unknown key", e.getMessage());
  }

  @Test
  void jsonNumbersLongerThanTheLimitAreRefused() {
    String json = HEAD.replace("2021,", "2" + "0".repeat(ReportJson.MAX_NUMBER_LENGTH) + ",") + "}";
    ReportReadException e = assertThrows(ReportReadException.class, () -> ReportJson.read(json, "long.json"));
    assertEquals("long.json: $.year (line 1, column 95): input exceeds a limit: Number value length (65) exceeds the"
        + " maximum allowed (64)", e.getMessage());
  }

  @Test
  void jsonDocumentsLargerThanTheLimitAreRefused() {
    byte[] json = (HEAD + " ".repeat((int) ReportJson.MAX_DOCUMENT_LENGTH) + "}").getBytes(StandardCharsets.UTF_8);
    ReportReadException e = assertThrows(ReportReadException.class, () -> ReportJson.read(json, "big.json"));
    assertEquals("big.json: $ (line 1, column 1): input exceeds a limit: Document length (16777266) exceeds the"
        + " maximum allowed (16777216)", e.getMessage());
  }

  @Test
  void jsonCountsBeyondTheLongRangeAreReportedNotWrapped() {
    String json = HEAD + ",\"tables\":{\"t4\":{\"review\":{\"corrected\":9223372036854775808}}}}";
    ReportReadException e = assertThrows(ReportReadException.class, () -> ReportJson.read(json, "huge.json"));
    assertEquals("huge.json: $.tables.t4.review.corrected (line 1, column 85): count out of range (at most"
        + " 9223372036854775807): 9223372036854775808", e.getMessage());
  }

  @Test
  void countsBeyondTheIntRangeKeepTheirValue() throws Exception {
    Catalog catalog = Catalog.of(Edition.GOV_2021);
    Report report = CellSheet.of(catalog).put("t4.review.corrected", CellValue.of(2_147_483_648L))
        .put("t4.review.total", CellValue.of(9_223_372_036_854_775_807L))
        .applyTo(Report.builder()).year(2021).body("某局").build();
    Report viaJson = ReportJson.read(ReportJson.write(report), "big.json");
    Report viaCsv = CsvReportReader.of().read(CsvReportWriter.of().toCsv(report)).getReport();
    assertEquals(2_147_483_648L, viaJson.getCount(catalog.get("t4.review.corrected")));
    assertEquals(9_223_372_036_854_775_807L, viaCsv.getCount(catalog.get("t4.review.total")));
    assertEquals(report, viaJson);
    assertEquals(report, viaCsv);
  }

  @Test
  void csvCountsBeyondTheLongRangeAreReportedNotWrapped() throws Exception {
    Catalog catalog = Catalog.of(Edition.GOV_2021);
    Report report = CellSheet.of(catalog).put("t4.review.corrected", CellValue.of(7)).applyTo(Report.builder()).year(2021)
        .body("某局").build();
    String csv = CsvReportWriter.of().toCsv(report).replace(",7,", ",9223372036854775808,");
    ReportReadException e = assertThrows(ReportReadException.class, () -> CsvReportReader.of().read(csv));
    assertEquals("line 6, column 6 (value): expected a whole number, got \"9223372036854775808\"", e.getMessage());
  }

  @Test
  void textCountsBeyondTheIntAndLongRangesAreKeptOrReportedNotWrapped() throws Exception {
    String text = Files.readString(Seeds.corpus().resolve("reports/e2019-2019-zhangjiakou-xuanhua.txt"))
        .replace("\n1 | 0 | 0 | 0 | 1 | 0 |", "\n9223372036854775808 | 0 | 0 | 0 | 4294967297 | 0 |");
    ReadResult result = TextReportReader.of().read(text, "huge.txt");
    Report report = result.getReport();
    Catalog catalog = report.getCatalog();
    assertEquals(CellValue.unresolved("9223372036854775808"), report.get(catalog.get("t4.review.upheld")));
    assertEquals(CellValue.of(4_294_967_297L).withPrinted("4294967297"), report.get(catalog.get("t4.review.total")));
    assertEquals(List.of("UNREADABLE_VALUE at line 69, column 1 (t4.review.upheld): number out of range:"
        + " \"9223372036854775808\""), result.getDiagnostics().stream().filter(d -> d.getCell().orElse("").equals(
        "t4.review.upheld")).map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void pagesAndTextLargerThanTheLimitAreRefused() {
    byte[] page = ("<html><body>" + "<p>一、总体情况</p>".repeat(200) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    ReadOptions options = ReadOptions.defaults().withMaxBytes(1024);
    ReportReadException html = assertThrows(ReportReadException.class,
        () -> HtmlReportReader.of(options).read(page, "big.html"));
    ReportReadException text = assertThrows(ReportReadException.class,
        () -> TextReportReader.of(options).read(page, "big.txt"));
    assertEquals("big.html: byte 1024: input is larger than the limit of 1024 bytes", html.getMessage());
    assertEquals("big.txt: byte 1024: input is larger than the limit of 1024 bytes", text.getMessage());
    assertEquals(20L * 1024 * 1024, ReadOptions.DEFAULT_MAX_BYTES);
  }

  @Test
  void pdfLargerThanTheLimitIsRefused() {
    byte[] pdf = ("%PDF-1.7\n" + "%".repeat(2048)).getBytes(StandardCharsets.US_ASCII);
    ReportReadException e = assertThrows(ReportReadException.class,
        () -> PdfReportReader.of().withMaxBytes(1024).read(new ByteArrayInputStream(pdf), "big.pdf"));
    assertEquals("big.pdf: byte 1024: PDF too large: more than 1024 bytes", e.getMessage());
  }
}

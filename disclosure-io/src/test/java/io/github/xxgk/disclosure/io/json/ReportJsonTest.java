package io.github.xxgk.disclosure.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final String MINIMAL = "{\"edition\": \"GOV_2019\", \"year\": 2019, \"body\": \"某县\"}";

  private static String xuanhua() throws IOException {
    return Files.readString(ExamplesTest.EXAMPLES.resolve(ExamplesTest.XUANHUA), StandardCharsets.UTF_8);
  }

  private static ReportReadException fails(String json) {
    return assertThrows(ReportReadException.class, () -> ReportJson.read(json, "r.json"));
  }

  @Test
  void roundTripsEveryPartOfAReport() throws IOException {
    for (Report report : List.of(Fixtures.scraped2019(), Fixtures.mixed(), Fixtures.tableFourOnly(),
        Fixtures.amounts2021())) {
      assertEquals(report, ReportJson.read(ReportJson.write(report), "compact.json"));
      assertEquals(report, ReportJson.read(ReportJson.writePretty(report), "pretty.json"));
      assertEquals(report, ReportJson.read(ReportJson.writeBytes(report), "bytes.json"));
      assertEquals(report, ReportJson.read(new ByteArrayInputStream(ReportJson.writeBytes(report)), "stream.json"));
      assertEquals(report, ReportJson.read(new StringReader(ReportJson.write(report)), "reader.json"));
    }
  }

  @Test
  void keepsBlanksUnresolvedCellsAndPrintedTexts() throws IOException {
    String json = ReportJson.write(Fixtures.scraped2019());
    assertTrue(json.contains("\"total\":{\"state\":\"blank\",\"printed\":\"&nbsp;\"}"), json);
    assertTrue(json.contains("\"natural_person\":{\"state\":\"unresolved\",\"printed\":\"270020130\"}"), json);
    assertTrue(json.contains("\"newly_made\":{\"value\":12,\"printed\":\"１２\"}"), json);
    assertTrue(json.contains("\"items_prev_year\":{\"state\":\"blank\"}"), json);
    assertTrue(json.contains("\"procurement_amount\":{\"amount\":251000,\"unit\":\"元\",\"printed\":\"251000元\"}"), json);
    Report read = ReportJson.read(json, "r.json");
    assertEquals(CellState.BLANK, read.getStates().get("t3.new_received.total"));
    assertEquals("&nbsp;", read.getPrinted().get("t3.new_received.total"));
    assertEquals(CellState.UNRESOLVED, read.getStates().get("t3.granted.natural_person"));
  }

  @Test
  void writesTheEditionOfEachTableOfAMixedReport() throws IOException {
    String json = ReportJson.write(Fixtures.mixed());
    assertTrue(json.startsWith("{\"edition\":\"MIXED\",\"year\":2023,\"body\":\"洪泽区人民政府\",\"tables\":{\"t2\":"
        + "{\"edition\":\"GOV_2021\",\"art20_1\":{\"regulations\":{\"issued\":0,\"repealed\":0,\"in_force\":4}"), json);
    assertTrue(json.contains("\"t3\":{\"edition\":\"GOV_2019\",\"new_received\":"), json);
    assertTrue(json.contains("\"fee_amount\":{\"state\":\"blank\",\"printed\":\"/\"}"), json);
    assertEquals(Edition.MIXED, ReportJson.read(json, "m.json").getEdition());
  }

  @Test
  void writesAmountsWithAssumedUnitsAndPrintedTextsOfTablesNotHeld() {
    String amounts = ReportJson.write(Fixtures.amounts2021());
    assertTrue(amounts.contains("\"fee_amount\":{\"amount\":190.457379,\"unit\":\"万元\","
        + "\"unit_assumed\":true,\"cell_printed\":\"190.457379（万元）\"}"), amounts);
    String fourOnly = ReportJson.write(Fixtures.tableFourOnly());
    assertTrue(fourOnly.contains("\"review\":{\"upheld\":1,\"corrected\":0,\"other_result\":0,\"pending\":"
        + "{\"state\":\"blank\"},\"total\":1}"), fourOnly);
    assertTrue(fourOnly.endsWith("\"pending\":0,\"total\":0}}},"
        + "\"printed\":{\"t2.art20_5.administrative_licensing.decisions\":\"见附件\"}}"), fourOnly);
  }

  @Test
  void readsAMinimalReportWithoutTables() throws IOException {
    Report report = ReportJson.read(MINIMAL, "m.json");
    assertEquals(2019, report.getYear());
    assertTrue(report.getRequests().isEmpty());
    assertEquals("{\"edition\":\"GOV_2019\",\"year\":2019,\"body\":\"某县\"}", ReportJson.write(report));
  }

  @Test
  void readsKeysInAnyOrder() throws IOException {
    Report report = Fixtures.mixed();
    String json = ReportJson.write(report);
    String tablesFirst = "{" + json.substring(json.indexOf("\"tables\"")) .replaceFirst("}$", "")
        + ",\"body\":\"洪泽区人民政府\",\"year\":2023,\"edition\":\"MIXED\"}";
    assertEquals(report, ReportJson.read(tablesFirst, "reordered.json"));
  }

  @Test
  void rejectsMalformedJsonNamingPositionAndPath() {
    ReportReadException e = fails("{\"edition\": \"GOV_2019\",\n \"year\": 2019,,}");
    assertEquals("r.json", e.getSource().orElseThrow());
    assertEquals("$.year (line 2, column 15)", e.getPosition());
    assertTrue(e.getReason().startsWith("malformed JSON: Unexpected character (','"), e.getReason());
  }

  @Test
  void rejectsTruncatedInput() throws IOException {
    String json = xuanhua();
    ReportReadException e = fails(json.substring(0, json.indexOf("\"granted\"")));
    assertEquals("$.tables.t3.carried_over_from_previous (line 96, column 7)", e.getPosition());
    assertTrue(e.getReason().startsWith("malformed JSON: Unexpected end-of-input"), e.getReason());
  }

  @Test
  void namesTheStartOfAnUnclosedObjectByLineAndColumnOnly() {
    ReportReadException e = fails("{\"edition\": \"GOV_2019\",\n \"year\": 2019");
    assertEquals("r.json: $.year (line 2, column 14): malformed JSON: Unexpected end-of-input: expected close marker "
        + "for Object (start marker at line 1, column 1)", e.getMessage());
  }

  @Test
  void readsRowsAndColumnsInAnyOrder() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    for (Report report : List.of(Fixtures.mixed(), ReportJson.read(xuanhua(), "xuanhua.json"))) {
      JsonNode reversed = reverseKeys(mapper.readTree(ReportJson.write(report)));
      assertEquals(report, ReportJson.read(mapper.writeValueAsString(reversed), "reversed.json"));
    }
  }

  /** Returns the tree with the keys of every object in reverse order. */
  private static JsonNode reverseKeys(JsonNode node) {
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    ObjectNode reversed = JsonNodeFactory.instance.objectNode();
    for (int i = names.size() - 1; i >= 0; i--) {
      reversed.set(names.get(i), reverseKeys(node.get(names.get(i))));
    }
    return reversed;
  }

  @Test
  void readsPublishDatesAsIsoDatesOnly() throws IOException {
    String json = "{\"edition\": \"GOV_2021\", \"year\": 2023, \"body\": \"某县\", \"publish_date\": \"%s\"}";
    assertEquals(LocalDate.of(2024, 2, 29),
        ReportJson.read(String.format(json, "2024-02-29"), "r.json").getPublishDate().orElseThrow());
    assertEquals(LocalDate.of(2023, 12, 31),
        ReportJson.read(String.format(json, "2023-12-31"), "r.json").getPublishDate().orElseThrow());
    for (String wrong : List.of("2023-02-29", "2023-13-01", "2023-04-31", "2023-00-10", "2023-1-10", "2023/01/10",
        "２０２３-01-10", "2023-01-1x")) {
      assertEquals("r.json: $.publish_date (line 1, column 69): expected a date as yyyy-mm-dd, got \"" + wrong + "\"",
          fails(String.format(json, wrong)).getMessage(), wrong);
    }
  }

  @Test
  void rejectsAnUnknownEdition() {
    ReportReadException e = fails("{\"edition\": \"GOV_2020\"}");
    assertEquals("r.json: $.edition (line 1, column 13): unknown edition \"GOV_2020\", expected GOV_2019, GOV_2021 "
        + "or MIXED", e.getMessage());
  }

  @Test
  void rejectsACellOfTheOtherEdition() throws IOException {
    String json = xuanhua().replace("\"other_handling\": {",
        "\"other_other\": {\"natural_person\": 0},\n      \"other_handling\": {");
    ReportReadException e = fails(json);
    assertEquals("$.tables.t3.other_other.natural_person (line 258, column 41)", e.getPosition());
    assertEquals("cell of the GOV_2021 edition in a GOV_2019 table 三", e.getReason());
  }

  @Test
  void rejectsACellOfTheOtherEditionReadBeforeTheEdition() {
    String json = "{\"tables\": {\"t2\": {\"art20_5\": {\"administrative_licensing\": {\"items_prev_year\": 1}}}},"
        + " \"edition\": \"GOV_2021\", \"year\": 2021, \"body\": \"x\"}";
    assertEquals("r.json: $.tables.t2.art20_5.administrative_licensing.items_prev_year (line 1, column 80): cell of "
        + "the GOV_2019 edition in a GOV_2021 table 二", fails(json).getMessage());
  }

  @Test
  void rejectsAMissingRequiredPart() throws IOException {
    assertEquals("r.json: $ (line 1, column 1): missing required key \"body\"",
        fails("{\"edition\": \"GOV_2019\", \"year\": 2019}").getMessage());
    String json = xuanhua();
    int start = json.indexOf("      \"granted\": {");
    int end = json.indexOf("      \"partially_granted\"");
    ReportReadException e = fails(json.substring(0, start) + json.substring(end));
    assertEquals("$.tables.t3.granted (line 77, column 11)", e.getPosition());
    assertEquals("missing cell \"natural_person\" (三、本年度办理结果 › （一）予以公开 × 自然人)", e.getReason());
    assertEquals("r.json: $.tables.t2 (line 1, column 66): missing required key \"edition\": a table of a MIXED "
        + "report names its edition", fails("{\"edition\": \"MIXED\", \"year\": 2023, \"body\": \"x\", \"tables\": "
        + "{\"t2\": {}}}").getMessage());
  }

  @Test
  void rejectsCountsOutOfRangeInsteadOfWrappingThem() {
    String cell = "{\"edition\": \"GOV_2019\", \"year\": 2019, \"body\": \"x\", \"tables\": {\"t4\": {\"review\": "
        + "{\"upheld\": %s}}}}";
    assertEquals("r.json: $.tables.t4.review.upheld (line 1, column 91): count out of range (at most "
        + "9223372036854775807): 9223372036854775808", fails(String.format(cell, "9223372036854775808")).getMessage());
    assertEquals("expected a whole number, got 1.5", fails(String.format(cell, "1.5")).getReason());
    assertEquals("expected a whole number or a cell object, got \"1\"", fails(String.format(cell, "\"1\"")).getReason());
    assertEquals("r.json: $.year (line 1, column 33): year out of range: 4294967297",
        fails("{\"edition\": \"GOV_2019\", \"year\": 4294967297}").getMessage());
  }

  @Test
  void keepsNegativeCountsAndAmountsForTheRulesToReport() throws IOException {
    String json = ReportJson.write(Fixtures.tableFourOnly());
    String negative = json.replaceFirst("\"upheld\":\\s*\\d+", "\"upheld\":-1");
    assertTrue(!negative.equals(json), json);
    Report report = ReportJson.read(negative, "r.json");
    assertEquals(-1, report.getCount(report.getCatalog().get("t4.review.upheld")));
    assertEquals(report, ReportJson.read(ReportJson.write(report), "again.json"));
  }

  @Test
  void rejectsUnknownAndDuplicateKeys() {
    assertEquals("r.json: $.yaer (line 1, column 33): unknown key",
        fails("{\"edition\": \"GOV_2019\", \"yaer\": 2019}").getMessage());
    assertEquals("r.json: $.edition (line 1, column 25): duplicate key",
        fails("{\"edition\": \"GOV_2019\", \"edition\": \"GOV_2021\"}").getMessage());
    String t4 = "{\"edition\": \"GOV_2019\", \"year\": 2019, \"body\": \"x\", \"tables\": {\"t4\": %s}}";
    assertEquals("r.json: $.tables.t4.review (line 1, column 94): duplicate key",
        fails(String.format(t4, "{\"review\": {}, \"review\": {}}")).getMessage());
    assertEquals("r.json: $.tables.t4.review.upheld (line 1, column 104): duplicate key",
        fails(String.format(t4, "{\"review\": {\"upheld\": 1, \"upheld\": 2}}")).getMessage());
    assertEquals("r.json: $.tables.t4.review.upheld.value (line 1, column 104): duplicate key",
        fails(String.format(t4, "{\"review\": {\"upheld\": {\"value\": 1, \"value\": 2}}}")).getMessage());
    assertEquals("unknown row of table 三", fails("{\"edition\": \"GOV_2019\", \"tables\": {\"t3\": {\"granted_x\": {}}}}")
        .getReason());
  }

  @Test
  void rejectsContentAfterTheReportAndEmptyInput() {
    assertEquals("r.json: $ (line 1, column 53): unexpected content after the report: an object",
        fails(MINIMAL + " {}").getMessage());
    assertEquals("r.json: $ (line 1, column 1): empty input: expected a report object", fails(" ").getMessage());
    assertEquals("expected a report object, got an array", fails("[]").getReason());
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
    json[json.length - 4] = (byte) 0xff;
    ReportReadException e = assertThrows(ReportReadException.class, () -> ReportJson.read(json, "bad.json"));
    assertEquals("$.body (line 1, column 53)", e.getPosition());
    assertTrue(e.getReason().startsWith("malformed JSON: Invalid UTF-8"), e.getReason());
  }

  @Test
  void appliesInputLimits() {
    char[] deep = new char[200];
    Arrays.fill(deep, 0, 100, '[');
    Arrays.fill(deep, 100, 200, ']');
    // the reader checks the shape at every level, so deep nesting stops at its first unexpected token
    ReportReadException e = fails("{\"sections\": " + new String(deep) + "}");
    assertEquals("r.json: $.sections (line 1, column 14): expected an object of section texts, got an array",
        e.getMessage());
    e = fails("{\"year\": 1" + "0".repeat(100) + "}");
    assertTrue(e.getReason().startsWith("input exceeds a limit: Number value length (101) exceeds the maximum "
        + "allowed (64"), e.getReason());
    e = fails("{\"body\": \"" + "x".repeat(ReportJson.MAX_STRING_LENGTH + 1) + "\"}");
    assertTrue(e.getReason().startsWith("input exceeds a limit: String value length"), e.getReason());
    byte[] huge = new byte[(int) ReportJson.MAX_DOCUMENT_LENGTH + 10];
    Arrays.fill(huge, (byte) ' ');
    huge[huge.length - 2] = '{';
    huge[huge.length - 1] = '}';
    e = assertThrows(ReportReadException.class, () -> ReportJson.read(huge, "huge.json"));
    assertEquals("input exceeds a limit: Document length (16777226) exceeds the maximum allowed (16777216)",
        e.getReason());
  }

  @Test
  void readsAndWritesJsonLines() throws IOException {
    List<Report> reports = List.of(Fixtures.scraped2019(), Fixtures.mixed(), Fixtures.tableFourOnly());
    String lines = ReportJson.writeLines(reports);
    assertEquals(3, lines.split("\n", -1).length - 1);
    assertEquals(reports, ReportJson.readLines(lines.getBytes(StandardCharsets.UTF_8), "r.jsonl"));
    List<Report> streamed = new ArrayList<>();
    ReportJson.readLines(new StringReader(lines + "\n\n" + lines), "r.jsonl", streamed::add);
    assertEquals(6, streamed.size());
    List<Report> read = new ArrayList<>();
    ReportReadException e = assertThrows(ReportReadException.class, () -> ReportJson.readLines(
        new ByteArrayInputStream((lines + "{\"edition\": \"GOV_2019\", \"year\": 2019}\n" + lines)
            .getBytes(StandardCharsets.UTF_8)), "r.jsonl", read::add));
    assertEquals("r.jsonl: $ (line 4, column 1): missing required key \"body\"", e.getMessage());
    assertEquals(reports, read);
  }

  @Test
  void plugsIntoAnObjectMapper() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DisclosureJsonModule());
    Report report = Fixtures.scraped2019();
    String json = mapper.writeValueAsString(report);
    assertEquals(ReportJson.write(report), json);
    assertEquals(report, mapper.readValue(json, Report.class));
    JsonMappingException wrapped = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"edition\": \"GOV_2019\", \"year\": \"2019\"}", Report.class));
    assertTrue(wrapped.getMessage().startsWith("$.year (line 1, column 33): expected a year, got \"2019\""),
        wrapped.getMessage());
    ReportReadException e = (ReportReadException) wrapped.getCause();
    assertEquals("$.year (line 1, column 33)", e.getPosition());
    assertEquals("expected a year, got \"2019\"", e.getReason());
  }
}

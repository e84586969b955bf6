package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReadingDiagnostic.Kind;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMapperTest {
  /** Builds a document of pipe rows: each string is one row, cells separated by {@code |}, row i on line i+1. */
  static PrintedDocument document(String title, List<String> lines) {
    List<PrintedRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<PrintedCell> cells = new ArrayList<>();
      int column = 1;
      for (String text : lines.get(i).split("\\|", -1)) {
        cells.add(PrintedCell.of(text, Position.ofLine(i + 1, column, -1)));
        column += text.length() + 1;
      }
      rows.add(PrintedRow.of(cells));
    }
    return PrintedDocument.builder().source("test.txt").title(title).addTable(PrintedTable.of(rows)).build();
  }

  /** Returns the rows of a complete table set of the given edition, every cell printed as {@code value}. */
  static List<String> complete(Edition edition, String value) {
    Catalog catalog = Catalog.of(edition);
    List<String> lines = new ArrayList<>();
    for (TableId table : List.of(TableId.PROACTIVE, TableId.REQUESTS)) {
      for (CatalogRow row : catalog.getRows(table)) {
        StringBuilder b = new StringBuilder(String.join("", row.getLabelPath()));
        row.getCells().forEach(c -> b.append('|').append(c.getKind() == io.github.xxgk.disclosure.model.CellKind.MONEY
            ? "1.5" : value));
        lines.add(b.toString());
      }
    }
    lines.add("行政复议|行政诉讼");
    lines.add("0|0|0|0|0|0|0|0|0|0|0|0|0|0|0");
    return lines;
  }

  private static ReadResult map(List<String> lines) throws ReportReadException {
    return ReportMapper.of().map(document("某某局2021年政府信息公开工作年度报告", lines));
  }

  @Test
  void mapsACompleteDocumentWithoutDiagnostics() throws Exception {
    ReadResult result = map(complete(Edition.GOV_2021, "0"));
    assertEquals(List.of(), result.getDiagnostics());
    Report report = result.getReport();
    assertEquals(Edition.GOV_2021, report.getEdition());
    assertEquals(2021, report.getYear());
    assertEquals("某某局", report.getBody());
    assertEquals(CellValue.of(0).withPrinted("0"),
        report.get(report.getCatalog().get("t3.withheld_state_secret.natural_person")));
    assertEquals(0, new BigDecimal("15000").compareTo(
        report.get(report.getCatalog().get("t2.art20_8.administrative_fees.fee_amount")).getNumber().orElseThrow()));
  }

  @Test
  void readsTheEditionOfTheOnlyTableFoundWhenHeadersShowTheOtherEdition() throws Exception {
    // table 二's 2019 headers are printed, but none of its rows; table 三 is complete in the 2021 edition
    List<String> lines = new ArrayList<>(List.of("信息内容|本年新制作数量|本年新公开数量|对外公开总数量"));
    for (String line : complete(Edition.GOV_2021, "0")) {
      if (!line.startsWith("第二十条") && line.contains("|")) {
        lines.add(line);
      }
    }
    lines.removeIf(line -> Catalog.of(Edition.GOV_2021).getRows(TableId.PROACTIVE).stream()
        .anyMatch(row -> line.startsWith(String.join("", row.getLabelPath()) + "|")));
    ReadResult result = map(lines);
    assertEquals(Edition.GOV_2021, result.getReport().getEdition());
    assertEquals(false, result.getReport().getProactive().isPresent());
    assertTrue(result.getDiagnostics().contains(ReadingDiagnostic.of(Kind.EDITION_MIXED, "tables",
        "table 二 was not found; the report is read in the 2021 edition")), result.getDiagnostics().toString());
  }

  @Test
  void splitsARunOfDigitsByTheRowIdentity() throws Exception {
    List<String> lines = complete(Edition.GOV_2021, "0");
    lines.set(6, "一、本年新收政府信息公开申请数量|801000081");
    ReadResult result = map(lines);
    Report report = result.getReport();
    assertEquals(80, report.getCount(report.getCatalog().get("t3.new_received.natural_person")));
    assertEquals(1, report.getCount(report.getCatalog().get("t3.new_received.commercial_enterprise")));
    assertEquals(81, report.getCount(report.getCatalog().get("t3.new_received.total")));
    assertEquals("80", report.getPrinted().get("t3.new_received.natural_person"));
  }

  @Test
  void reportsAnAmbiguousSplitWithItsCandidates() throws Exception {
    List<String> lines = complete(Edition.GOV_2021, "0");
    lines.set(1, "行政规范性文件|1234");
    ReadResult result = map(lines);
    ReadingDiagnostic d = result.getDiagnostics().get(0);
    assertEquals(Kind.AMBIGUOUS_SPLIT, d.getKind());
    assertEquals("line 2, column 1", d.getPosition());
    assertEquals("t2.art20_1.normative_documents", d.getCell().orElseThrow());
    assertEquals(List.of("1|2|34", "1|23|4", "12|3|4"), d.getCandidates());
    Report report = result.getReport();
    assertEquals(CellState.UNRESOLVED, report.getState(report.getCatalog().get("t2.art20_1.normative_documents.issued")));
    assertEquals("1234", report.getPrinted().get("t2.art20_1.normative_documents.issued"));
  }

  @Test
  void keepsBlankMarkersBlankWithTheirText() throws Exception {
    List<String> lines = complete(Edition.GOV_2021, "0");
    lines.set(0, "规章|&nbsp;|—|无");
    Report report = map(lines).getReport();
    CellValue value = report.get(report.getCatalog().get("t2.art20_1.regulations.repealed"));
    assertEquals(CellState.BLANK, value.getState());
    assertEquals("—", value.getPrinted().orElseThrow());
  }

  @Test
  void readsLabelVariants() throws Exception {
    List<String> lines = complete(Edition.GOV_2021, "0");
    lines.set(10, "(三)不予公开|1.属于国家|1|0|0|0|0|0|1");
    lines.set(lines.size() - 3, "四、结转下年度继续办理|0|0|0|0|0|0|0");
    lines.set(lines.size() - 4, "七、合計|0|0|0|0|0|0|0");
    ReadResult result = map(lines);
    Report report = result.getReport();
    assertEquals(1, report.getCount(report.getCatalog().get("t3.withheld_state_secret.total")));
    assertEquals(List.of(ReadingDiagnostic.of(Kind.LABEL_MISMATCH, "line 11, column 1",
        "label \"(三)不予公开1.属于国家\" read as \"1.属于国家秘密\"").withCell("t3.withheld_state_secret")),
        result.getDiagnostics());
  }

  @Test
  void detectsAMixedEdition() throws Exception {
    List<String> lines = new ArrayList<>(List.of("信息内容|本年制发件数|本年废止件数|现行有效件数"));
    lines.addAll(complete(Edition.GOV_2021, "0").subList(0, 6));
    List<String> t3 = complete(Edition.GOV_2019, "0");
    lines.addAll(t3.subList(8, t3.size()));
    ReadResult result = map(lines);
    assertEquals(Edition.MIXED, result.getReport().getEdition());
    assertEquals(Edition.GOV_2019, result.getReport().getCatalog().getRequestsEdition());
    assertEquals(Kind.EDITION_MIXED, result.getDiagnostics().get(0).getKind());
  }

  @Test
  void keepsAndReportsUnknownRows() throws Exception {
    List<String> lines = complete(Edition.GOV_2021, "0");
    lines.add(2, "其他主动公开文件|5|0|5");
    ReadResult result = map(lines);
    assertEquals(List.of(ReadingDiagnostic.of(Kind.UNKNOWN_ROW, "line 3, column 1",
        "row \"其他主动公开文件\" is not in the official format; kept as an extra row")), result.getDiagnostics());
    assertEquals(List.of("5", "0", "5"), result.getReport().getExtraRows().get(0).getCells());
    assertEquals("t2.art20_1.normative_documents", result.getReport().getExtraRows().get(0).getAfter().orElseThrow());
  }

  @Test
  void rejectsADocumentWithoutAYear() {
    ReportReadException e = assertThrows(ReportReadException.class,
        () -> ReportMapper.of().map(document("政府信息公开工作年度报告", List.of())));
    assertEquals("test.txt: title: no report year found in the title, the metadata or the text", e.getMessage());
  }

  @Test
  void reportsMissingTablesAndRows() throws Exception {
    List<String> lines = complete(Edition.GOV_2021, "0");
    lines.remove(0);
    ReadResult result = map(lines.subList(0, 5));
    assertTrue(result.getDiagnostics().contains(ReadingDiagnostic.of(Kind.MISSING_ROW, "table 二",
        "row \"规章\" was not found").withCell("t2.art20_1.regulations")), result.getDiagnostics().toString());
    assertTrue(result.getDiagnostics().contains(ReadingDiagnostic.of(Kind.MISSING_TABLE, "tables",
        "table 三 (三、收到和处理政府信息公开申请情况) was not found")));
  }
}

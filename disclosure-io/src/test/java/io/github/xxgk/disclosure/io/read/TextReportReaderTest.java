package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReadingDiagnostic.Kind;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextReportReaderTest {
  private static ReadResult corpus(String name) throws ReportReadException {
    return TextReportReader.of().read(CorpusReadingTest.CORPUS.resolve("reports").resolve(name));
  }

  private static long count(Report report, String address) {
    return report.getCount(report.getCatalog().get(address));
  }

  private static List<ReadingDiagnostic> of(ReadResult result, Kind kind) {
    return result.getDiagnostics().stream().filter(d -> d.getKind() == kind).collect(Collectors.toList());
  }

  /** A 2021 report printed one cell per line (or with {@code separator} between cells), every count i+1. */
  private static String generated(String separator) {
    StringBuilder b = new StringBuilder("某局2021年政府信息公开工作年度报告\n一、总体情况\n概述。\n二、主动公开政府信息情况\n");
    b.append("第二十条第（一）项").append(separator).append("信息内容").append(separator).append("本年制发件数")
        .append(separator).append("本年废止件数").append(separator).append("现行有效件数").append(separator);
    int n = 0;
    for (TableId table : List.of(TableId.PROACTIVE, TableId.REQUESTS)) {
      for (CatalogRow row : Catalog.of(Edition.GOV_2021).getRows(table)) {
        b.append(row.getLabel()).append(separator);
        for (int i = 0; i < row.getCells().size(); i++) {
          b.append(table == TableId.REQUESTS && i == 6 ? "0" : table == TableId.REQUESTS ? "0" : String.valueOf(++n))
              .append(separator);
        }
      }
    }
    b.append("行政复议").append(separator).append("行政诉讼").append(separator);
    for (int i = 0; i < 15; i++) {
      b.append(i % 5 == 4 ? "4" : "1").append(separator);
    }
    return b.append("\n五、存在的主要问题及改进情况\n无。\n").toString();
  }

  @Test
  void readsOneCellPerLine() throws Exception {
    ReadResult result = TextReportReader.of().read(generated("\n"), "cells.txt");
    Report report = result.getReport();
    assertEquals(List.of(), result.getDiagnostics());
    assertEquals(4, count(report, "t2.art20_1.normative_documents.issued"));
    assertEquals(0, new BigDecimal("100000").compareTo(report.get(report.getCatalog()
        .get("t2.art20_8.administrative_fees.fee_amount")).getMoney().orElseThrow().getYuan()));
    assertEquals(4, count(report, "t4.litigation_after_review.total"));
  }

  @Test
  void readsPipeWithANewlinePerCell() throws Exception {
    ReadResult result = TextReportReader.of().read(generated("\n|\n"), "pipes.txt");
    assertEquals(List.of(), result.getDiagnostics());
    assertEquals(6, count(result.getReport(), "t2.art20_1.normative_documents.in_force"));
  }

  @Test
  void readsPipeRowsWithSignsUnitsAndTruncatedLabels() throws Exception {
    ReadResult result = corpus("e2019-2019-zhangjiakou-xuanhua.txt");
    Report report = result.getReport();
    assertEquals(-6, count(report, "t2.art20_5.administrative_licensing.items_change"));
    assertEquals(5, count(report, "t2.art20_5.other_external_management_services.items_change"));
    var amount = report.get(report.getCatalog()
        .get("t2.art20_9.government_centralized_procurement.procurement_amount")).getMoney().orElseThrow();
    assertEquals(MoneyUnit.YI_YUAN, amount.getUnit());
    assertEquals(0, new BigDecimal("408000000").compareTo(amount.getYuan()));
    assertEquals("4.08亿元", amount.getPrinted().orElseThrow());
    assertEquals(List.of(ReadingDiagnostic.of(Kind.LABEL_MISMATCH, "line 46, column 1",
        "label \"(三)不予公开1.属于国家\" read as \"1.属于国家秘密\"").withCell("t3.withheld_state_secret")),
        result.getDiagnostics());
    assertEquals("张家口市宣化区", report.getBody());
    assertEquals("zfb/1583997006845", report.getIndexNumber().orElseThrow());
  }

  @Test
  void splitsRunTogetherCellsByTheIdentitiesAndReportsAmbiguousRuns() throws Exception {
    ReadResult result = corpus("e2021-2021-pingtan.txt");
    Report report = result.getReport();
    assertEquals(List.of(27L, 0L, 0L, 2L, 0L, 1L, 30L), report.getCatalog().getRows(TableId.REQUESTS).get(2)
        .getCells().stream().map(report::getCount).collect(Collectors.toList()));
    List<ReadingDiagnostic> ambiguous = of(result, Kind.AMBIGUOUS_SPLIT);
    assertEquals(1, ambiguous.size(), ambiguous.toString());
    ReadingDiagnostic d = ambiguous.get(0);
    assertEquals("t2.art20_1.normative_documents", d.getCell().orElseThrow());
    assertEquals(List.of("6|9|3665", "6|93|665", "6|936|65", "6|9366|5", "69|3|665", "69|36|65", "69|366|5",
        "693|6|65", "693|66|5", "6936|6|5"), d.getCandidates());
    String text = java.nio.file.Files.readString(CorpusReadingTest.CORPUS.resolve("reports/e2021-2021-pingtan.txt"));
    int column = text.substring(text.indexOf('\n') + 1).indexOf("行政规范性文件693665") + 1;
    assertEquals("line 2, column " + column, d.getPosition());
    assertEquals(CellState.UNRESOLVED, report.getState(report.getCatalog().get(
        "t2.art20_1.normative_documents.issued")));
    assertEquals("693665", report.getPrinted().get("t2.art20_1.normative_documents.issued"));
  }

  @Test
  void reportsADefectiveRowWithTooFewDigits() throws Exception {
    ReadResult result = corpus("e2021-2022-pingtan-jinjing.txt");
    List<ReadingDiagnostic> counts = of(result, Kind.CELL_COUNT);
    assertEquals(1, counts.size());
    assertEquals("t3.carried_over_to_next", counts.get(0).getCell().orElseThrow());
    assertEquals("row printed \"0 00000\", which cannot be split into 7 cells", counts.get(0).getMessage());
  }

  @Test
  void readsANumberRunForTableFour() throws Exception {
    Report report = corpus("emixed-2023-huaian-hongze-raw.txt").getReport();
    assertEquals(List.of(10L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 5L, 0L, 0L, 0L, 0L),
        report.getCatalog().getCells(TableId.REVIEW_LITIGATION).stream().map(report::getCount)
            .collect(Collectors.toList()));
  }

  @Test
  void readsMarkdownTablesAndAMixedEdition() throws Exception {
    ReadResult result = corpus("emixed-2024-huaian-hongze.txt");
    assertEquals(Edition.MIXED, result.getReport().getEdition());
    assertEquals(List.of(ReadingDiagnostic.of(Kind.EDITION_MIXED, "tables",
        "table 二 is printed in the 2021 edition and table 三 in the 2019 edition")), of(result, Kind.EDITION_MIXED));
    Report md = corpus("e2021-2025-shuyang-xzf.txt").getReport();
    var fee = md.get(md.getCatalog().get("t2.art20_8.administrative_fees.fee_amount")).getMoney().orElseThrow();
    assertEquals(0, new BigDecimal("4068.208").compareTo(fee.getAmount()));
    assertEquals(MoneyUnit.WAN_YUAN, fee.getUnit());
  }

  @Test
  void readsGbkText() throws Exception {
    String text = java.nio.file.Files.readString(CorpusReadingTest.CORPUS.resolve(
        "reports/e2019-2019-zhangjiakou-xuanhua.txt"));
    ReadResult gbk = TextReportReader.of().read(text.getBytes(Charset.forName("GBK")), "gbk.txt");
    ReadResult utf8 = TextReportReader.of().read(text.getBytes(StandardCharsets.UTF_8), "utf8.txt");
    assertEquals(utf8.getReport(), gbk.getReport());
  }

  @Test
  void refusesTextOverTheSizeLimit() {
    ReportReadException e = assertThrows(ReportReadException.class, () -> TextReportReader.of(
        ReadOptions.defaults().withMaxBytes(10)).read("一二三四五六七八九十十一".getBytes(StandardCharsets.UTF_8), "big.txt"));
    assertEquals("big.txt: byte 10: input is larger than the limit of 10 bytes", e.getMessage());
  }

  @Test
  void keepsEveryAmbiguousCellPrinted() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path file : CorpusReadingTest.reports()) {
      Report report = CorpusReadingTest.read(file).getReport();
      for (var e : report.getStates().entrySet()) {
        if (e.getValue() == CellState.UNRESOLVED && !report.getPrinted().containsKey(e.getKey())) {
          missing.add(file.getFileName() + " " + e.getKey());
        }
      }
    }
    assertTrue(missing.isEmpty(), missing.toString());
  }

  @Test
  void tellsRowsPrintedWithoutValuesFromRowsNotFound() throws ReportReadException {
    ReadResult result = corpus("e2021-2021-pingtan-scj.txt");
    assertEquals(List.of(), of(result, Kind.MISSING_ROW));
    List<String> printed = new ArrayList<>();
    for (ReadingDiagnostic d : of(result, Kind.CELL_COUNT)) {
      printed.add(d.getPosition() + " " + d.getCell().orElse("") + " " + d.getMessage());
    }
    assertEquals(List.of(
        "line 2, column 2373 t3.other_fee_unpaid_overdue row \"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\" "
            + "is printed without values; its 7 cells are unresolved",
        "line 2, column 2373 t3.other_other row \"3.其他\" is printed without values; its 7 cells are unresolved"),
        printed);
    Report report = result.getReport();
    assertEquals(CellState.UNRESOLVED, report.get(report.getCatalog().get("t3.other_other.total")).getState());
    assertEquals(5, count(report, "t3.outcomes_total.total"));
  }

  /** A 2019-edition pipe-row report whose table 二 and 三 rows hold blank markers between their pipes. */
  private static String pipeRowsWithBlankMarkers(String newReceivedRow) {
    StringBuilder b = new StringBuilder("某局2020年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n");
    b.append("第二十条第（五）项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n");
    b.append("行政许可 | 36 | +16 | / |\n其他对外管理服务事项 | 55 | +1 |  |\n");
    b.append("第二十条第（六）项 |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n");
    b.append("行政处罚 | 85 | -50 | — |\n行政强制 | 74 | +19 | 0 |\n");
    b.append("三、收到和处理政府信息公开申请情况\n");
    b.append(newReceivedRow).append("\n");
    return b.append("四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n").toString();
  }

  @Test
  void readsBlankMarkersBetweenPipesAsBlankCells() throws Exception {
    Report report = TextReportReader.of().read(pipeRowsWithBlankMarkers(
        "一、本年新收政府信息公开申请数量 | 503 | 55 | 65 | 59 | 182 | 2 | 866 |"), "blanks.txt").getReport();
    assertEquals(36, count(report, "t2.art20_5.administrative_licensing.items_prev_year"));
    assertEquals(16, count(report, "t2.art20_5.administrative_licensing.items_change"));
    assertEquals(CellState.BLANK, report.get(report.getCatalog().get("t2.art20_5.administrative_licensing.decisions"))
        .getState());
    assertEquals(-50, count(report, "t2.art20_6.administrative_penalty.items_change"));
    assertEquals(CellState.BLANK, report.get(report.getCatalog().get("t2.art20_6.administrative_penalty.decisions"))
        .getState());
    assertEquals(1, count(report, "t2.art20_5.other_external_management_services.items_change"));
    assertEquals(866, count(report, "t3.new_received.total"));
  }

  @Test
  void splitsARowWithABlankTotalWithoutFailing() throws Exception {
    ReadResult result = TextReportReader.of().read(pipeRowsWithBlankMarkers(
        "一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 10 | / |"), "blank-total.txt");
    Report report = result.getReport();
    assertEquals(CellState.BLANK, report.get(report.getCatalog().get("t3.new_received.total")).getState());
    List<Long> counts = new ArrayList<>();
    for (var cell : report.getCatalog().getRows(TableId.REQUESTS).get(0).getCells().subList(0, 6)) {
      counts.add(report.getCount(cell));
    }
    assertEquals(List.of(5L, 0L, 0L, 0L, 1L, 0L), counts);
  }
}

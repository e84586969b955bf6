package io.github.xxgk.disclosure.rules;

import static io.github.xxgk.disclosure.rules.CheckerTest.CHECKER;
import static io.github.xxgk.disclosure.rules.CheckerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsolidationTest {
  private static final Catalog B = Catalog.of(Edition.GOV_2021);
  private static final String FEE = "t2.art20_8.administrative_fees.fee_amount";

  private static Fixtures.Draft unit(String body, String newReceived, String fee) {
    Fixtures.Draft d = new Fixtures.Draft(B, 2022, body);
    d.row("t3.new_received", newReceived).row("t3.granted", newReceived).row("t3.outcomes_total", newReceived)
        .put(FEE, CellValue.of(Money.of(new BigDecimal(fee), MoneyUnit.WAN_YUAN)))
        .include(TableId.REVIEW_LITIGATION);
    return d;
  }

  private static Consolidation county() {
    return Consolidation.of("洪泽区", List.of(unit("高良涧街道", "3 0 0 0 0 0 3", "1.25").build(),
        unit("岔河镇", "2 1 0 0 0 0 3", "0.3").blank(TableId.REVIEW_LITIGATION).build()));
  }

  @Test
  void sumsUnitsKeepingContributions() {
    Consolidation sum = county();
    Cell total = B.get("t3.new_received.total");
    assertEquals(6, sum.getReport().getCount(total));
    Map<String, CellValue> expected = new LinkedHashMap<>();
    expected.put("高良涧街道", CellValue.of(3));
    expected.put("岔河镇", CellValue.of(3));
    assertEquals(expected, sum.getContributions(total));
    assertEquals(new BigDecimal("1.55"), sum.getReport().get(B.get(FEE)).getMoney().orElseThrow().getAmount());
    assertEquals(0, new BigDecimal("550").compareTo(sum.getTolerance(B.get(FEE))));
    assertEquals(CellValue.of(0), sum.getReport().get(B.get("t4.review.total")));
    assertEquals(List.of(), summary(CHECKER.check(sum.getReport())));
  }

  @Test
  void comparesThePublishedReportCellByCell() {
    Fixtures.Draft published = unit("洪泽区", "5 1 0 0 0 0 6", "1.55");
    assertEquals(List.of(), summary(CHECKER.compare(county(), published.build())));
    published.row("t3.new_received", "4 1 0 0 0 0 6")
        .put(FEE, CellValue.of(Money.of(new BigDecimal("1.7"), MoneyUnit.WAN_YUAN)));
    CheckResult result = CHECKER.compare(county(), published.build());
    assertEquals(List.of(
        "ERROR K-1 [t2.art20_8.administrative_fees.fee_amount] reported=17000.0 computed=15500.00",
        "ERROR K-1 [t3.new_received.natural_person] reported=4 computed=5"), summary(result));
    assertEquals("一、本年新收政府信息公开申请数量 × 自然人：汇总报告为4，下级单位合计5（相差-1；高良涧街道 3 + 岔河镇 2）",
        result.getFindings().get(1).getMessage(Locale.CHINA));
  }

  @Test
  void toleratesThePrintedPrecisionOfAmounts() {
    Fixtures.Draft published = unit("洪泽区", "5 1 0 0 0 0 6", "1.6");
    published.put(FEE, CellValue.of(Money.of(new BigDecimal("2"), MoneyUnit.WAN_YUAN)));
    assertEquals(List.of(), summary(CHECKER.compare(county(), published.build())));
  }

  @Test
  void reportsIncomparablePublishedReports() {
    Fixtures.Draft otherYear = unit("洪泽区", "5 1 0 0 0 0 6", "1.55");
    otherYear.year = 2023;
    assertEquals(List.of("WARNING K-2 []"), summary(CHECKER.compare(county(), otherYear.build())));
    Report noTableFour = Report.builder().from(unit("洪泽区", "5 1 0 0 0 0 6", "1.55").build())
        .reviewLitigation(java.util.Optional.empty()).build();
    CheckResult result = CHECKER.compare(county(), noTableFour);
    assertEquals(List.of("WARNING K-3 []"), summary(result));
    assertEquals("汇总报告缺少表四，下级单位填报了该表", result.getFindings().get(0).getMessage(Locale.CHINA));
  }

  @Test
  void rejectsUnitsOfDifferentYears() {
    Fixtures.Draft later = unit("岔河镇", "1 0 0 0 0 0 1", "0");
    later.year = 2023;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Consolidation.of("洪泽区", List.of(unit("高良涧街道", "1 0 0 0 0 0 1", "0").build(), later.build())));
    assertEquals("units must share year and edition: 高良涧街道 2022 Catalog[GOV_2021], 岔河镇 2023 Catalog[GOV_2021]",
        e.getMessage());
  }

  @Test
  void marksCellsUnresolvedInAUnit() {
    Report unclear = unit("岔河镇", "2 1 0 0 0 0 3", "0.3").put("t3.granted.natural_person",
        CellValue.unresolved("2 1")).build();
    Consolidation sum = Consolidation.of("洪泽区", List.of(unit("高良涧街道", "3 0 0 0 0 0 3", "1.25").build(), unclear));
    assertEquals(CellValue.unresolved("岔河镇: 2 1"), sum.getReport().get(B.get("t3.granted.natural_person")));
  }
}

package io.github.xxgk.disclosure.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Catalog A = Catalog.of(Edition.GOV_2019);

  @Test
  void keepsBlankCellsApartFromZero() {
    CellSheet sheet = CellSheet.of(A)
        .put("t3.new_received.natural_person", CellValue.of(821).withPrinted("821"))
        .put("t3.granted.total", CellValue.blank("&nbsp;"))
        .put("t3.granted.natural_person", CellValue.of(0));
    Report report = sheet.applyTo(Report.builder()).year(2019).body("上海市人民政府办公厅").build();
    Cell total = A.get("t3.granted.total");
    assertEquals(CellState.BLANK, report.getState(total));
    assertEquals(Optional.of("&nbsp;"), report.get(total).getPrinted());
    assertEquals(Optional.empty(), report.get(total).getNumber());
    assertEquals(0, report.getCount(total));
    assertEquals(CellState.VALUE, report.get(A.get("t3.granted.natural_person")).getState());
    assertEquals(CellValue.of(821).withPrinted("821"), report.get(A.get("t3.new_received.natural_person")));
  }

  @Test
  void roundTripsThroughTheSheet() {
    Money amount = Money.of(new BigDecimal("4.08"), MoneyUnit.YI_YUAN).withPrinted("4.08亿元");
    Report report = Report.builder().edition(Edition.GOV_2019).year(2019).body("张家口市宣化区人民政府")
        .proactive(Proactive2019.builder().governmentCentralizedProcurement(Procurement2019.of(251, amount))
            .administrativeLicensing(ItemCounts2019.of(207, -6, 16200)).build())
        .requests(RequestTable.builder().edition(Edition.GOV_2019)
            .putRows(RequestRow.NEW_RECEIVED, ApplicantCounts.ofParts(3, 0, 0, 0, 0, 0)).build())
        .reviewLitigation(ReviewLitigationTable.builder().review(ResultCounts.of(1, 0, 0, 0, 1)).build())
        .build();
    Report copy = CellSheet.from(report).applyTo(Report.builder()).year(2019).body("张家口市宣化区人民政府").build();
    assertEquals(report, copy);
    assertEquals(new BigDecimal("408000000.00"),
        copy.get(A.get("t2.art20_9.government_centralized_procurement.procurement_amount")).getNumber().get());
    assertEquals(-6, copy.getCount(A.get("t2.art20_5.administrative_licensing.items_change")));
    assertEquals(3, copy.getCount(A.get("t3.new_received.total")));
  }

  @Test
  void rejectsTablesOfDifferentEditionsUnlessMixed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Report.builder().edition(Edition.GOV_2021).year(2023).body("洪泽区人民政府")
            .proactive(Proactive2021.builder().build())
            .requests(RequestTable.builder().edition(Edition.GOV_2019).build()).build());
    assertEquals("edition must be MIXED for a GOV_2021 table 二 and a GOV_2019 table 三: GOV_2021", e.getMessage());
    Report mixed = Report.builder().edition(Edition.MIXED).year(2023).body("洪泽区人民政府")
        .proactive(Proactive2021.builder().build())
        .requests(RequestTable.builder().edition(Edition.GOV_2019).build()).build();
    assertEquals(Catalog.of(Edition.GOV_2021, Edition.GOV_2019), mixed.getCatalog());
  }

  @Test
  void moneyEqualityIgnoresScale() {
    assertEquals(Money.ofWanYuan(new BigDecimal("1.0")), Money.ofWanYuan(new BigDecimal("1.00")));
    assertEquals(Money.ofWanYuan(new BigDecimal("1.0")).hashCode(), Money.ofWanYuan(new BigDecimal("1.00")).hashCode());
    assertEquals(new BigDecimal("0.0050"), Money.ofWanYuan(new BigDecimal("190.457379")).getTolerance().stripTrailingZeros().setScale(4));
  }
}

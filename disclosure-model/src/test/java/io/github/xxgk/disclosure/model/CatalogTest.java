package io.github.xxgk.disclosure.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {
  @Test
  void countsEveryCellOfEachEdition() {
    Catalog a = Catalog.of(Edition.GOV_2019);
    Catalog b = Catalog.of(Edition.GOV_2021);
    assertEquals(22, a.getCells(TableId.PROACTIVE).size());
    assertEquals(23 * 7, a.getCells(TableId.REQUESTS).size());
    assertEquals(15, a.getCells(TableId.REVIEW_LITIGATION).size());
    assertEquals(10, b.getCells(TableId.PROACTIVE).size());
    assertEquals(25 * 7, b.getCells(TableId.REQUESTS).size());
    assertEquals(198, a.getCells().size());
    assertEquals(200, b.getCells().size());
  }

  @Test
  void addressesFollowTheSpecification() {
    Catalog b = Catalog.of(Edition.GOV_2021);
    Cell cell = b.get("t3.withheld_state_secret.natural_person");
    assertEquals("三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 × 自然人", cell.getLabelPath());
    assertEquals("本年收费金额（单位：万元）", b.get("t2.art20_8.administrative_fees.fee_amount").getColumnLabel());
    assertEquals(CellKind.MONEY, b.get("t2.art20_8.administrative_fees.fee_amount").getKind());
    assertEquals("行政诉讼 › 复议后起诉 × 尚未审结", b.get("t4.litigation_after_review.pending").getLabelPath());
    assertEquals("法人或其他组织 › 商业企业",
        String.join(" › ", b.get("t3.granted.commercial_enterprise").getColumnPath()));
    assertSame(b.get("t4.review.total"), Catalog.of(Edition.GOV_2019).get("t4.review.total"));
  }

  @Test
  void separatesTheOtherHandlingRowsByEdition() {
    Catalog a = Catalog.of(Edition.GOV_2019);
    Catalog b = Catalog.of(Edition.GOV_2021);
    assertTrue(a.find("t3.other_handling.total").isPresent());
    assertFalse(b.find("t3.other_handling.total").isPresent());
    assertTrue(b.find("t3.other_fee_unpaid_overdue.legal_service_org").isPresent());
    assertFalse(a.find("t3.other_fee_unpaid_overdue.legal_service_org").isPresent());
    assertFalse(b.find("t2.art20_9.government_centralized_procurement.procurement_amount").isPresent());
    assertEquals("规范性文件", a.get("t2.art20_1.normative_documents.newly_made").getRowLabel());
    assertEquals("行政规范性文件", b.get("t2.art20_1.normative_documents.issued").getRowLabel());
  }

  @Test
  void mixedCatalogTakesEachTableFromItsEdition() {
    Catalog mixed = Catalog.of(Edition.GOV_2021, Edition.GOV_2019);
    assertEquals(Edition.MIXED, mixed.getEdition());
    assertEquals(10 + 23 * 7 + 15, mixed.getCells().size());
    assertThrows(IllegalArgumentException.class, () -> Catalog.of(Edition.MIXED));
  }

  @Test
  void addressesAndOrdinalsAreUnique() {
    Set<String> addresses = new HashSet<>();
    for (Edition edition : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
      Set<String> inEdition = new HashSet<>();
      for (Cell cell : Catalog.of(edition).getCells()) {
        assertTrue(inEdition.add(cell.getAddress()), cell.getAddress());
        addresses.add(cell.getAddress() + "@" + cell.getOrdinal());
      }
    }
    for (int i = 0; i < Catalog.cellCount(); i++) {
      assertEquals(i, Catalog.allCells().get(i).getOrdinal());
    }
  }
}

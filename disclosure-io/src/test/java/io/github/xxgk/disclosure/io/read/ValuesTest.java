package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final Cell COUNT = Catalog.of(Edition.GOV_2019).get("t3.granted.natural_person");
  private static final Cell SIGNED = Catalog.of(Edition.GOV_2019).get("t2.art20_5.administrative_licensing.items_change");
  private static final Cell AMOUNT = Catalog.of(Edition.GOV_2019)
      .get("t2.art20_9.government_centralized_procurement.procurement_amount");
  private static final Cell FEE = Catalog.of(Edition.GOV_2021).get("t2.art20_8.administrative_fees.fee_amount");

  @Test
  void keepsBlankMarkersBlank() {
    for (String blank : List.of("-", "—", "/", "无", "&nbsp;", "\u00a0")) {
      assertEquals(CellValue.blank(blank.strip()), Values.parse(blank, COUNT).value, blank);
    }
    assertEquals(CellValue.blank(), Values.parse("  ", COUNT).value);
  }

  @Test
  void readsSignsSeparatorsAndFullWidthDigits() {
    assertEquals(CellValue.of(-6).withPrinted("-6"), Values.parse("-6", SIGNED).value);
    assertEquals(CellValue.of(5).withPrinted("+5"), Values.parse("+5", SIGNED).value);
    assertEquals(CellValue.of(1234).withPrinted("1,234"), Values.parse("1,234", COUNT).value);
    assertEquals(CellValue.of(12).withPrinted("１２"), Values.parse("１２", COUNT).value);
    assertEquals("negative count: \"-3\"", Values.parse("-3", COUNT).problem);
  }

  @Test
  void readsUnitsAndTheHeaderUnit() {
    Money yi = Values.parse("4.08亿元", AMOUNT).value.getMoney().orElseThrow();
    assertEquals(MoneyUnit.YI_YUAN, yi.getUnit());
    assertEquals(0, new BigDecimal("408000000").compareTo(yi.getYuan()));
    Money wan = Values.parse("12.5万元", AMOUNT).value.getMoney().orElseThrow();
    assertEquals(0, new BigDecimal("125000").compareTo(wan.getYuan()));
    Values.Parsed bare = Values.parse("251000", AMOUNT);
    assertEquals(true, bare.unitAssumed);
    Money fee = Values.parse("190.457379", FEE).value.getMoney().orElseThrow();
    assertEquals(MoneyUnit.WAN_YUAN, fee.getUnit());
    assertEquals(false, Values.parse("190.457379", FEE).unitAssumed);
  }

  @Test
  void splitsARunIntoOneBalancedRow() {
    assertEquals(List.of(List.of("80", "1", "0", "0", "0", "0", "81")), RunSplitter.split(List.of("801000081"),
        List.of(io.github.xxgk.disclosure.model.CellKind.COUNT, io.github.xxgk.disclosure.model.CellKind.COUNT,
            io.github.xxgk.disclosure.model.CellKind.COUNT, io.github.xxgk.disclosure.model.CellKind.COUNT,
            io.github.xxgk.disclosure.model.CellKind.COUNT, io.github.xxgk.disclosure.model.CellKind.COUNT,
            io.github.xxgk.disclosure.model.CellKind.COUNT)).stream()
        .filter(c -> c.subList(0, 6).stream().mapToLong(Long::parseLong).sum() == Long.parseLong(c.get(6)))
        .toList());
  }
}

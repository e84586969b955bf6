package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.Optional;

/** The heuristics of table 二: H-T2-1..4 and P-1. */
final class Proactive {
  private static final String[] DOCUMENT_ROWS = {"regulations", "normative_documents"};
  private static final BigDecimal TOWNSHIP_MAX_YUAN = new BigDecimal("10000000000");
  private static final int MAX_WAN_YUAN_DECIMALS = 4;

  private Proactive() {}

  static void check(Sheet sheet, Sink sink) {
    if (!sheet.has(TableId.PROACTIVE)) {
      return;
    }
    Catalog catalog = sheet.catalog;
    boolean a = catalog.getProactiveEdition() == Edition.GOV_2019;
    for (String row : DOCUMENT_ROWS) {
      String prefix = "t2.art20_1." + row + ".";
      String label = "第二十条第（一）项 › " + catalog.get(prefix + (a ? "newly_made" : "issued")).getRowLabel();
      if (!a && sink.on(Rules.H_T2_1)) {
        Cell issued = catalog.get(prefix + "issued");
        Cell repealed = catalog.get(prefix + "repealed");
        Cell inForce = catalog.get(prefix + "in_force");
        if (values(sheet, issued, repealed, inForce)
            && sheet.count(issued) > sheet.count(inForce) + sheet.count(repealed)) {
          sink.add(Finding.of(Rules.H_T2_1).cells(issued, inForce, repealed).reported(sheet.count(issued))
              .computed(sheet.count(inForce) + sheet.count(repealed)).value("row", label));
        }
      }
      if (a && sink.on(Rules.H_T2_2)) {
        Cell made = catalog.get(prefix + "newly_made");
        Cell published = catalog.get(prefix + "newly_published");
        if (values(sheet, made, published) && sheet.count(made) != sheet.count(published)) {
          sink.add(Finding.of(Rules.H_T2_2).cells(published, made).reported(sheet.count(published))
              .computed(sheet.count(made)).value("row", label));
        }
      }
    }
    Optional<BodyLevel> level = sheet.report.getLevel();
    if (level.isPresent() && !level.get().makesRegulations() && sink.on(Rules.H_T2_3)) {
      for (Cell cell : catalog.findRow("t2.art20_1.regulations").orElseThrow().getCells()) {
        if (sheet.isValue(cell) && sheet.count(cell) > 0) {
          sink.add(Finding.of(Rules.H_T2_3).cell(cell).reported(sheet.count(cell))
              .value("level", level.get().getLabel()));
        }
      }
    }
    if (!a && sink.on(Rules.H_T2_4)) {
      Cell cell = catalog.get("t2.art20_8.administrative_fees.fee_amount");
      money(sheet, cell).ifPresent(money -> unitSlip(sheet, sink, cell, money));
    }
    if (a && sink.on(Rules.P_1)) {
      Cell cell = catalog.get("t2.art20_9.government_centralized_procurement.procurement_amount");
      money(sheet, cell).filter(Money::isUnitAssumed).ifPresent(money -> sink.add(Finding.of(Rules.P_1).cell(cell)
          .reported(money.getYuan()).value("amount", money.getAmount()).value("unit", money.getUnit().getLabel())));
    }
  }

  private static void unitSlip(Sheet sheet, Sink sink, Cell cell, Money money) {
    String zh;
    String en;
    if (money.getUnit() == MoneyUnit.YUAN && !money.isUnitAssumed()) {
      zh = "本栏以万元填报，却印有单位元";
      en = "the column is in 万元 but 元 is printed";
    } else if (money.getUnit() == MoneyUnit.WAN_YUAN && money.getAmount().scale() > MAX_WAN_YUAN_DECIMALS) {
      zh = "万元金额有" + money.getAmount().scale() + "位小数";
      en = money.getAmount().scale() + " decimals in 万元";
    } else if (sheet.report.getLevel().orElse(null) == BodyLevel.TOWNSHIP
        && money.getYuan().compareTo(TOWNSHIP_MAX_YUAN) > 0) {
      zh = "乡镇、街道收费超过100亿元";
      en = "a township collecting more than 10¹⁰ 元";
    } else {
      return;
    }
    sink.add(Finding.of(Rules.H_T2_4).cell(cell).reported(money.getYuan()).value("amount", money.getAmount())
        .value("unit", money.getUnit().getLabel()).value("reason_zh", zh).value("reason_en", en));
  }

  private static Optional<Money> money(Sheet sheet, Cell cell) {
    return sheet.isValue(cell) ? sheet.report.get(cell).getMoney() : Optional.empty();
  }

  private static boolean values(Sheet sheet, Cell... cells) {
    for (Cell c : cells) {
      if (!sheet.isValue(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean allValues(Sheet sheet, Cell... cells) {
    return values(sheet, cells);
  }
}

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
  private static final BigDecimal TOWNSHIP_MAX_YUAN = new BigDecimal("10000000000");
  private static final int MAX_WAN_YUAN_DECIMALS = 4;
  private static final Catalog A = Catalog.of(Edition.GOV_2019);
  private static final Catalog B = Catalog.of(Edition.GOV_2021);
  /** Per document row (规章, 规范性文件), the cells each heuristic reads and the row label of its message. */
  private static final Cell[][] ISSUED_IN_FORCE_REPEALED = new Cell[2][];
  private static final Cell[][] PUBLISHED_MADE = new Cell[2][];
  private static final String[] LABELS_A = new String[2];
  private static final String[] LABELS_B = new String[2];
  private static final Cell[] REGULATIONS_A = A.findRow("t2.art20_1.regulations").orElseThrow().getCells()
      .toArray(new Cell[0]);
  private static final Cell[] REGULATIONS_B = B.findRow("t2.art20_1.regulations").orElseThrow().getCells()
      .toArray(new Cell[0]);
  private static final Cell FEE_AMOUNT = B.get("t2.art20_8.administrative_fees.fee_amount");
  private static final Cell PROCUREMENT_AMOUNT =
      A.get("t2.art20_9.government_centralized_procurement.procurement_amount");

  static {
    String[] rows = {"regulations", "normative_documents"};
    for (int i = 0; i < rows.length; i++) {
      String prefix = "t2.art20_1." + rows[i] + ".";
      ISSUED_IN_FORCE_REPEALED[i] = new Cell[] {B.get(prefix + "issued"), B.get(prefix + "in_force"),
          B.get(prefix + "repealed")};
      PUBLISHED_MADE[i] = new Cell[] {A.get(prefix + "newly_published"), A.get(prefix + "newly_made")};
      LABELS_A[i] = "第二十条第（一）项 › " + A.get(prefix + "newly_made").getRowLabel();
      LABELS_B[i] = "第二十条第（一）项 › " + B.get(prefix + "issued").getRowLabel();
    }
  }

  private Proactive() {}

  static void check(Sheet sheet, Sink sink) {
    if (!sheet.has(TableId.PROACTIVE)) {
      return;
    }
    boolean a = sheet.catalog.getProactiveEdition() == Edition.GOV_2019;
    for (int row = 0; row < 2; row++) {
      if (!a && sink.on(Rules.H_T2_1)) {
        Cell[] cells = ISSUED_IN_FORCE_REPEALED[row];
        Cell issued = cells[0];
        Cell inForce = cells[1];
        Cell repealed = cells[2];
        if (values(sheet, cells) && sheet.count(issued) > sheet.count(inForce) + sheet.count(repealed)) {
          sink.add(Finding.of(Rules.H_T2_1).cells(issued, inForce, repealed).reported(sheet.count(issued))
              .computed(sheet.count(inForce) + sheet.count(repealed)).value("row", LABELS_B[row]));
        }
      }
      if (a && sink.on(Rules.H_T2_2)) {
        Cell published = PUBLISHED_MADE[row][0];
        Cell made = PUBLISHED_MADE[row][1];
        if (values(sheet, PUBLISHED_MADE[row]) && sheet.count(made) != sheet.count(published)) {
          sink.add(Finding.of(Rules.H_T2_2).cells(published, made).reported(sheet.count(published))
              .computed(sheet.count(made)).value("row", LABELS_A[row]));
        }
      }
    }
    Optional<BodyLevel> level = sheet.report.getLevel();
    if (level.isPresent() && !level.get().makesRegulations() && sink.on(Rules.H_T2_3)) {
      for (Cell cell : a ? REGULATIONS_A : REGULATIONS_B) {
        if (sheet.isValue(cell) && sheet.count(cell) > 0) {
          sink.add(Finding.of(Rules.H_T2_3).cell(cell).reported(sheet.count(cell))
              .value("level", level.get().getLabel()));
        }
      }
    }
    Money money = sheet.money;
    if (!a && money != null && sink.on(Rules.H_T2_4)) {
      unitSlip(sheet, sink, FEE_AMOUNT, money);
    }
    if (a && money != null && money.isUnitAssumed() && sink.on(Rules.P_1)) {
      sink.add(Finding.of(Rules.P_1).cell(PROCUREMENT_AMOUNT).reported(money.getYuan())
          .value("amount", money.getAmount()).value("unit", money.getUnit().getLabel()));
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

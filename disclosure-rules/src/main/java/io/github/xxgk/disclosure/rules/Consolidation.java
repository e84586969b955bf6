package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sum of the reports of subordinate units of one edition and year, keeping for every cell what each unit
 * contributed. Check the sum with {@link Checker#check(Report)} on {@link #getReport()} and compare it with a
 * published consolidated report with {@link Checker#compare(Consolidation, Report)}. Immutable.
 *
 * <p>A cell is blank in the sum when it is blank in every unit holding its table, and unresolved when it is
 * unresolved in any unit (its printed text names the units); amounts are summed exactly, in the units' common
 * unit or else in 元, with a tolerance that is the sum of the units' printed-precision tolerances.
 */
public final class Consolidation {
  private final Report report;
  private final List<Report> units;
  private final Map<Cell, Map<String, CellValue>> contributions;
  private final Map<Cell, BigDecimal> tolerances;

  private Consolidation(Report report, List<Report> units, Map<Cell, Map<String, CellValue>> contributions,
      Map<Cell, BigDecimal> tolerances) {
    this.report = report;
    this.units = units;
    this.contributions = contributions;
    this.tolerances = tolerances;
  }

  /**
   * Sums the units into a report of the given body; the units must share year and table editions and have
   * distinct bodies.
   */
  public static Consolidation of(String body, List<Report> units) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("units must not be empty");
    }
    Report first = units.get(0);
    Catalog catalog = first.getCatalog();
    Map<String, Report> byBody = new LinkedHashMap<>();
    for (Report unit : units) {
      if (unit.getYear() != first.getYear() || unit.getCatalog() != catalog) {
        throw new IllegalArgumentException("units must share year and edition: " + first.getBody() + " "
            + first.getYear() + " " + catalog + ", " + unit.getBody() + " " + unit.getYear() + " "
            + unit.getCatalog());
      }
      if (byBody.put(unit.getBody(), unit) != null) {
        throw new IllegalArgumentException("units must have distinct bodies: " + unit.getBody());
      }
    }
    CellSheet sheet = CellSheet.of(catalog);
    Map<Cell, Map<String, CellValue>> contributions = new LinkedHashMap<>();
    Map<Cell, BigDecimal> tolerances = new LinkedHashMap<>();
    for (TableId table : TableId.values()) {
      for (Cell cell : catalog.getCells(table)) {
        Map<String, CellValue> parts = new LinkedHashMap<>();
        for (Report unit : units) {
          if (unit.hasTable(table)) {
            parts.put(unit.getBody(), unit.get(cell));
          }
        }
        if (parts.isEmpty()) {
          continue;
        }
        contributions.put(cell, Collections.unmodifiableMap(parts));
        sheet.put(cell, sum(cell, parts, tolerances));
      }
    }
    Report report = sheet.applyTo(Report.builder()).year(first.getYear()).body(body).build();
    return new Consolidation(report, List.copyOf(units), Collections.unmodifiableMap(contributions),
        Collections.unmodifiableMap(tolerances));
  }

  private static CellValue sum(Cell cell, Map<String, CellValue> parts, Map<Cell, BigDecimal> tolerances) {
    List<String> unresolved = new ArrayList<>();
    boolean anyValue = false;
    long count = 0;
    BigDecimal yuan = BigDecimal.ZERO;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal tolerance = BigDecimal.ZERO;
    MoneyUnit unit = null;
    boolean mixedUnits = false;
    for (Map.Entry<String, CellValue> part : parts.entrySet()) {
      CellValue value = part.getValue();
      if (value.getState() == CellState.UNRESOLVED) {
        unresolved.add(part.getKey() + ": " + value.getPrinted().orElse(""));
      } else if (value.isValue()) {
        anyValue = true;
        if (cell.getKind() == CellKind.MONEY) {
          Money money = value.getMoney().orElseThrow();
          yuan = yuan.add(money.getYuan());
          amount = amount.add(money.getAmount());
          tolerance = tolerance.add(money.getTolerance());
          mixedUnits |= unit != null && unit != money.getUnit();
          unit = money.getUnit();
        } else {
          count = Math.addExact(count, value.toCount());
        }
      }
    }
    if (!unresolved.isEmpty()) {
      return CellValue.unresolved(String.join("; ", unresolved));
    }
    if (!anyValue) {
      return CellValue.blank();
    }
    if (cell.getKind() != CellKind.MONEY) {
      return CellValue.of(count);
    }
    tolerances.put(cell, tolerance);
    return CellValue.of(mixedUnits ? Money.ofYuan(yuan) : Money.of(amount, unit));
  }

  /** Returns the summed report. */
  public Report getReport() {
    return report;
  }

  /** Returns the units, in the order given. */
  public List<Report> getUnits() {
    return units;
  }

  /** Returns what each unit holding the cell's table contributed to it, by body, in unit order. */
  public Map<String, CellValue> getContributions(Cell cell) {
    Map<String, CellValue> parts = contributions.get(cell);
    return parts == null ? Map.of() : parts;
  }

  /** Returns the tolerance of a summed amount in 元: the sum of the units' printed-precision tolerances. */
  public BigDecimal getTolerance(Cell cell) {
    return tolerances.getOrDefault(cell, BigDecimal.ZERO);
  }
}

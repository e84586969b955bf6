package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Checks reports against the rule catalogue and returns the findings; never throws for data problems.
 *
 * <p>Immutable and thread-safe: one instance may check any number of reports concurrently. A check reads every
 * cell once into arrays indexed by cell ordinal and evaluates identities precomputed from the catalog; no
 * reflection, and no message is formatted until {@link Finding#getMessage} is called.
 */
public final class Checker {
  private static final Checker STANDARD = new Checker(Profile.standard());

  private final Profile profile;

  private Checker(Profile profile) {
    this.profile = profile;
  }

  /** Returns the checker with every rule at its default severity. */
  public static Checker standard() {
    return STANDARD;
  }

  /** Returns a checker using the given severity profile. */
  public Checker withProfile(Profile profile) {
    return new Checker(Objects.requireNonNull(profile, "profile"));
  }

  public Profile getProfile() {
    return profile;
  }

  /** Checks one report: arithmetic, plausibility, narrative, edition and completeness rules. */
  public CheckResult check(Report report) {
    Sink sink = new Sink(profile);
    Sheet sheet = new Sheet(report);
    Structure.check(sheet, sink);
    Arithmetic.check(sheet, sink);
    Proactive.check(sheet, sink);
    Narrative.check(sheet, sink);
    return sink.result();
  }

  /**
   * Compares this year's report with last year's of the same body (X-0..X-4). The cells of a cross-year finding
   * are this year's cell first, then last year's: X-1 [上年结转 now, 结转下年度 last year]; X-2 [上一年项目数量 now,
   * 上一年项目数量 and 本年增/减 last year]; X-3 [现行有效件数 now, 现行有效件数 last year, 本年制发件数 and
   * 本年废止件数 now]; X-4 [对外公开总数量 now, last year].
   */
  public CheckResult compare(Report lastYear, Report thisYear) {
    Sink sink = new Sink(profile);
    CrossYear.check(new Sheet(lastYear), new Sheet(thisYear), sink);
    return sink.result();
  }

  /**
   * Compares a separately published consolidated report with the sum of the units: one K-1 finding per
   * differing cell (amounts within the printed-precision tolerance agree), K-2 when year or edition differ, K-3
   * per table the units hold and the published report lacks. A blank published cell counts as 0.
   */
  public CheckResult compare(Consolidation consolidation, Report published) {
    Sink sink = new Sink(profile);
    Report sum = consolidation.getReport();
    if (published.getYear() != sum.getYear() || published.getCatalog() != sum.getCatalog()) {
      if (sink.on(Rules.K_2)) {
        sink.add(Finding.of(Rules.K_2).value("published", published.getYear() + " " + published.getCatalog())
            .value("units", sum.getYear() + " " + sum.getCatalog()));
      }
      return sink.result();
    }
    for (TableId table : TableId.values()) {
      if (!sum.hasTable(table)) {
        continue;
      }
      if (!published.hasTable(table)) {
        if (sink.on(Rules.K_3)) {
          sink.add(Finding.of(Rules.K_3).value("table", table.getNumeral()));
        }
        continue;
      }
      if (!sink.on(Rules.K_1)) {
        continue;
      }
      for (Cell cell : sum.getCatalog().getCells(table)) {
        compareCell(consolidation, cell, published.get(cell), sum.get(cell), sink);
      }
    }
    return sink.result();
  }

  private static void compareCell(Consolidation consolidation, Cell cell, CellValue published, CellValue sum,
      Sink sink) {
    if (published.getState() == CellState.UNRESOLVED || sum.getState() == CellState.UNRESOLVED) {
      return;
    }
    BigDecimal reported = number(published);
    BigDecimal computed = number(sum);
    BigDecimal tolerance = BigDecimal.ZERO;
    if (cell.getKind() == CellKind.MONEY) {
      tolerance = consolidation.getTolerance(cell)
          .add(published.getMoney().map(Money::getTolerance).orElse(BigDecimal.ZERO));
    }
    if (reported.subtract(computed).abs().compareTo(tolerance) <= 0) {
      return;
    }
    StringBuilder parts = new StringBuilder();
    for (Map.Entry<String, CellValue> part : consolidation.getContributions(cell).entrySet()) {
      parts.append(parts.length() == 0 ? "" : " + ").append(part.getKey()).append(' ')
          .append(part.getValue().isValue() ? number(part.getValue()).toPlainString() : "—");
    }
    sink.add(Finding.of(Rules.K_1).cell(cell).reported(reported).computed(computed)
        .value("contributions", parts.toString()));
  }

  private static BigDecimal number(CellValue value) {
    return value.getNumber().orElse(BigDecimal.ZERO);
  }
}

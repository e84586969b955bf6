package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.TableId;
import io.github.xxgk.disclosure.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A pair of consecutive years broken in one cross-year rule (FORMAT.md §5.4) at one known cell, each report still
 * valid on its own.
 *
 * <p>{@link #getRuleIds()} lists one rule id per cross-year finding the pair must give (X-1 fails on the changed
 * applicant column and on 总计); the first cell of each is {@link #getCell()} of the current year, or for X-1 a cell
 * of the same row.
 */
public final class BrokenPair {
  private final String ruleId;
  private final Cell cell;
  private final List<String> ruleIds;
  private final ReportPair consistent;
  private final ReportPair pair;
  private final String description;

  private BrokenPair(String ruleId, Cell cell, List<String> ruleIds, ReportPair consistent, ReportPair pair,
      String description) {
    this.ruleId = ruleId;
    this.cell = cell;
    this.ruleIds = List.copyOf(ruleIds);
    this.consistent = consistent;
    this.pair = pair;
    this.description = description;
  }

  /** Returns a break of the consistent pair drawn from the seed, empty when no cross-year rule can be broken. */
  public static Optional<BrokenPair> of(ReportPair consistent, long seed) {
    return of(consistent, new SplittableRandom(seed));
  }

  /** Returns a break of the consistent pair, empty when no cross-year rule can be broken. */
  public static Optional<BrokenPair> of(ReportPair consistent, RandomGenerator random) {
    return of(consistent, Source.of(random));
  }

  static Optional<BrokenPair> of(ReportPair consistent, Source source) {
    Report last = consistent.getPrevious();
    Report now = consistent.getCurrent();
    List<Optional<BrokenPair>> options = new ArrayList<>();
    Edition before = last.getCatalog().getProactiveEdition();
    Edition after = now.getCatalog().getProactiveEdition();
    int first = source.index(2);
    for (int i = 0; i < 2; i++) {
      if ((first + i) % 2 == 0) {
        options.add(carriedOver(consistent, source));
      } else if (before == Edition.GOV_2019 && after == Edition.GOV_2019) {
        options.add(source.chance(50) ? items(consistent, source) : totalPublished(consistent, source));
      } else if (before == Edition.GOV_2021 && after == Edition.GOV_2021) {
        options.add(inForce(consistent, source));
      }
    }
    for (Optional<BrokenPair> option : options) {
      if (option.isPresent()) {
        return option;
      }
    }
    return Optional.empty();
  }

  private static Optional<BrokenPair> carriedOver(ReportPair consistent, Source source) {
    Report last = consistent.getPrevious();
    Report now = consistent.getCurrent();
    if (!now.hasTable(TableId.REQUESTS) || !last.hasTable(TableId.REQUESTS)) {
      return Optional.empty();
    }
    Catalog catalog = now.getCatalog();
    List<Applicant> parts = Applicant.parts();
    int start = source.index(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Applicant column = parts.get((start + i) % parts.size());
      Cell from = catalog.get(RequestRow.CARRIED_OVER_FROM_PREVIOUS, column);
      Cell received = catalog.get(RequestRow.NEW_RECEIVED, column);
      long shift;
      if (now.getCount(received) > 0) {
        shift = source.between(1, now.getCount(received));
      } else if (now.getCount(from) > 0) {
        shift = -source.between(1, now.getCount(from));
      } else {
        continue;
      }
      Cell fromTotal = catalog.get(RequestRow.CARRIED_OVER_FROM_PREVIOUS, Applicant.TOTAL);
      Cell receivedTotal = catalog.get(RequestRow.NEW_RECEIVED, Applicant.TOTAL);
      CellSheet sheet = CellSheet.from(now)
          .put(from, now.getCount(from) + shift).put(received, now.getCount(received) - shift)
          .put(fromTotal, now.getCount(fromTotal) + shift).put(receivedTotal, now.getCount(receivedTotal) - shift);
      Report broken = ReportGenerator.rebuild(now, sheet);
      List<String> ruleIds = new ArrayList<>(List.of(Rules.X_1.getId()));
      Cell lastTotal = last.getCatalog().get(RequestRow.CARRIED_OVER_TO_NEXT, Applicant.TOTAL);
      if (last.getState(lastTotal) == CellState.VALUE) {
        ruleIds.add(Rules.X_1.getId());
      }
      return Optional.of(new BrokenPair(Rules.X_1.getId(), from, ruleIds, consistent,
          ReportPair.of(last, broken), from.getAddress() + ": " + now.getCount(from) + " → "
              + (now.getCount(from) + shift)));
    }
    return Optional.empty();
  }

  private static Optional<BrokenPair> items(ReportPair consistent, Source source) {
    Report last = consistent.getPrevious();
    Report now = consistent.getCurrent();
    List<String> rows = List.of("t2.art20_5.administrative_licensing", "t2.art20_5.other_external_management_services",
        "t2.art20_6.administrative_penalty", "t2.art20_6.administrative_coercion", "t2.art20_8.administrative_fees");
    int start = source.index(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get((start + i) % rows.size());
      Cell prev = now.getCatalog().get(row + ".items_prev_year");
      Cell change = last.getCatalog().get(row + ".items_change");
      if (now.getState(prev) != CellState.VALUE || last.getState(prev) != CellState.VALUE) {
        continue;
      }
      long old = last.getCount(change);
      long wrong = old + (source.chance(50) ? source.between(1, 5) : -source.between(1, 5));
      Report broken = ReportGenerator.rebuild(last, CellSheet.from(last).put(change, wrong));
      return Optional.of(new BrokenPair(Rules.X_2.getId(), prev, List.of(Rules.X_2.getId()), consistent,
          ReportPair.of(broken, now), "previous " + change.getAddress() + ": " + old + " → " + wrong));
    }
    return Optional.empty();
  }

  private static Optional<BrokenPair> totalPublished(ReportPair consistent, Source source) {
    Report last = consistent.getPrevious();
    Report now = consistent.getCurrent();
    for (String row : List.of("t2.art20_1.regulations", "t2.art20_1.normative_documents")) {
      Cell total = now.getCatalog().get(row + ".total_published");
      if (last.getState(total) == CellState.VALUE && last.getCount(total) > 0) {
        long wrong = source.between(0, last.getCount(total) - 1);
        Report broken = ReportGenerator.rebuild(now, CellSheet.from(now).put(total, wrong));
        return Optional.of(new BrokenPair(Rules.X_4.getId(), total, List.of(Rules.X_4.getId()), consistent,
            ReportPair.of(last, broken), total.getAddress() + ": " + now.getCount(total) + " → " + wrong));
      }
    }
    return Optional.empty();
  }

  private static Optional<BrokenPair> inForce(ReportPair consistent, Source source) {
    Report last = consistent.getPrevious();
    Report now = consistent.getCurrent();
    for (String row : List.of("t2.art20_1.normative_documents", "t2.art20_1.regulations")) {
      Catalog catalog = now.getCatalog();
      Cell inForce = catalog.get(row + ".in_force");
      if (now.getState(catalog.get(row + ".issued")) == CellState.VALUE
          && now.getState(catalog.get(row + ".repealed")) == CellState.VALUE
          && last.getState(inForce) == CellState.VALUE) {
        long wrong = now.getCount(inForce) + source.between(1, 5);
        Report broken = ReportGenerator.rebuild(now, CellSheet.from(now).put(inForce, wrong));
        return Optional.of(new BrokenPair(Rules.X_3.getId(), inForce, List.of(Rules.X_3.getId()), consistent,
            ReportPair.of(last, broken), inForce.getAddress() + ": " + now.getCount(inForce) + " → " + wrong));
      }
    }
    return Optional.empty();
  }

  /** Returns the id of the cross-year rule broken, e.g. {@code X-1}. */
  public String getRuleId() {
    return ruleId;
  }

  /** Returns the cell of the current year's report the first finding names. */
  public Cell getCell() {
    return cell;
  }

  /** Returns the rule id of every cross-year finding the broken pair must give, sorted. */
  public List<String> getRuleIds() {
    return ruleIds;
  }

  /** Returns the consistent pair the break was made from. */
  public ReportPair getConsistent() {
    return consistent;
  }

  /** Returns the broken pair. */
  public ReportPair getPair() {
    return pair;
  }

  /** Returns what was changed. */
  public String getDescription() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BrokenPair)) {
      return false;
    }
    BrokenPair that = (BrokenPair) o;
    return ruleId.equals(that.ruleId) && cell == that.cell && ruleIds.equals(that.ruleIds)
        && consistent.equals(that.consistent) && pair.equals(that.pair);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, cell, ruleIds, pair);
  }

  @Override
  public String toString() {
    return "BrokenPair[" + ruleId + " at " + description + ", expects " + ruleIds + "]";
  }
}

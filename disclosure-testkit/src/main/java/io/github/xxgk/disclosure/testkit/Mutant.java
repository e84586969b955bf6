package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report that breaks exactly one rule of a valid report at one known cell, with the findings a checker must give.
 *
 * <p>{@link #getRuleIds()} lists one rule id per finding the checker must add to those of the valid report in the
 * rule categories the mutant targets (arithmetic, completeness, edition): one per failing identity instance (one row,
 * one column or one group), every one involving {@link #getCell()}, which is the culprit to name when there are
 * several. Edition mutants change the year or the cited notice and have no cell.
 */
public final class Mutant {
  private final MutantKind kind;
  private final String ruleId;
  private final Cell cell;
  private final List<String> ruleIds;
  private final Report original;
  private final Report report;
  private final String description;

  Mutant(MutantKind kind, String ruleId, Cell cell, List<String> ruleIds, Report original, Report report,
      String description) {
    this.kind = kind;
    this.ruleId = ruleId;
    this.cell = cell;
    this.ruleIds = ruleIds.stream().sorted().toList();
    this.original = original;
    this.report = report;
    this.description = description;
  }

  public MutantKind getKind() {
    return kind;
  }

  /** Returns the id of the rule broken at the cell, e.g. {@code S-T3-2}. */
  public String getRuleId() {
    return ruleId;
  }

  /** Returns the mutated cell, empty for edition mutants. */
  public Optional<Cell> getCell() {
    return Optional.ofNullable(cell);
  }

  /** Returns the address of the mutated cell, e.g. {@code t3.granted.natural_person}, empty for edition mutants. */
  public Optional<String> getAddress() {
    return getCell().map(Cell::getAddress);
  }

  /** Returns the rule id of every finding the mutant must add, sorted; each involves the mutated cell, if any. */
  public List<String> getRuleIds() {
    return ruleIds;
  }

  /** Returns the valid report the mutant was made from. */
  public Report getOriginal() {
    return original;
  }

  /** Returns the broken report. */
  public Report getReport() {
    return report;
  }

  /** Returns what was changed, e.g. {@code t3.granted.natural_person: 5 → 7}. */
  public String getDescription() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Mutant)) {
      return false;
    }
    Mutant that = (Mutant) o;
    return kind == that.kind && ruleId.equals(that.ruleId) && cell == that.cell && ruleIds.equals(that.ruleIds)
        && original.equals(that.original) && report.equals(that.report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, ruleId, cell, ruleIds, report);
  }

  @Override
  public String toString() {
    return "Mutant[" + kind + " " + ruleId + " at " + description + ", expects " + ruleIds + "]";
  }
}

package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Makes {@link Mutant}s of valid reports, deterministically from a seed. */
public final class Mutants {
  private Mutants() {}

  /** Returns a mutant of the given kind, empty when the report has no cell to break that way. */
  public static Optional<Mutant> of(Report valid, MutantKind kind, RandomGenerator random) {
    return of(valid, kind, Source.of(random));
  }

  /** Returns a mutant of the given kind for the given seed, empty when the report has no cell to break that way. */
  public static Optional<Mutant> of(Report valid, MutantKind kind, long seed) {
    return of(valid, kind, new SplittableRandom(seed));
  }

  /** Returns a mutant of a kind drawn from the seed; the report must hold table 三 or 四. */
  public static Mutant of(Report valid, long seed) {
    return of(valid, Source.of(new SplittableRandom(seed)));
  }

  static Mutant of(Report valid, Source source) {
    MutantKind[] kinds = MutantKind.values();
    MutantKind first = kinds[source.index(kinds.length)];
    for (int i = 0; i < kinds.length; i++) {
      Optional<Mutant> mutant = of(valid, kinds[(first.ordinal() + i) % kinds.length], source);
      if (mutant.isPresent()) {
        return mutant.get();
      }
    }
    throw new IllegalArgumentException("report has neither table 三 nor table 四 to break: " + valid.getBody());
  }

  static Optional<Mutant> of(Report valid, MutantKind kind, Source source) {
    switch (kind) {
      case WRONG_COUNT:
        return wrongCount(valid, source);
      case NEGATIVE_COUNT:
        return negativeCount(valid, source);
      default:
        return blankNotZero(valid, source);
    }
  }

  private static Optional<Mutant> wrongCount(Report valid, Source source) {
    List<Cell> cells = arithmeticCells(valid);
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    Cell cell = cells.get(source.index(cells.size()));
    long value = valid.getCount(cell);
    long wrong = value > 0 && source.chance(50) ? source.between(0, value - 1)
        : value + source.between(1, Math.max(1, value));
    CellSheet sheet = CellSheet.from(valid).put(cell, wrong);
    return Optional.of(arithmetic(MutantKind.WRONG_COUNT, valid, sheet, cell, value + " → " + wrong));
  }

  private static Optional<Mutant> blankNotZero(Report valid, Source source) {
    List<Cell> cells = new ArrayList<>();
    for (Cell cell : arithmeticCells(valid)) {
      boolean part = cell.getApplicant().map(a -> a != Applicant.TOTAL)
          .or(() -> cell.getReviewResult().map(r -> r != ReviewResult.TOTAL)).orElse(false);
      if (part && valid.getCount(cell) > 0) {
        cells.add(cell);
      }
    }
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    Cell cell = cells.get(source.index(cells.size()));
    CellSheet sheet = CellSheet.from(valid).put(cell, CellValue.blank());
    return Optional.of(arithmetic(MutantKind.BLANK_NOT_ZERO, valid, sheet, cell,
        valid.getCount(cell) + " → blank"));
  }

  private static Mutant arithmetic(MutantKind kind, Report valid, CellSheet sheet, Cell cell, String change) {
    Report report = ReportGenerator.rebuild(valid, sheet);
    List<String> ruleIds = new ArrayList<>();
    for (Identity identity : Identity.of(report)) {
      if (identity.difference(report) != 0) {
        if (!identity.involves(cell)) {
          throw new IllegalStateException("mutant breaks " + identity + " away from " + cell);
        }
        ruleIds.add(identity.getRuleId());
      }
    }
    String ruleId = cell.getTable() == TableId.REQUESTS ? Rules.S_T3_2
        : Rules.ofGroup(cell.getReviewGroup().orElseThrow());
    return new Mutant(kind, ruleId, cell, ruleIds, valid, report, cell.getAddress() + ": " + change);
  }

  private static Optional<Mutant> negativeCount(Report valid, Source source) {
    List<TableId> tables = new ArrayList<>();
    for (TableId table : TableId.values()) {
      if (valid.hasTable(table)) {
        tables.add(table);
      }
    }
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    int first = source.index(tables.size());
    for (int i = 0; i < tables.size(); i++) {
      Optional<Mutant> mutant = negativeCount(valid, tables.get((first + i) % tables.size()), source);
      if (mutant.isPresent()) {
        return mutant;
      }
    }
    return Optional.empty();
  }

  private static Optional<Mutant> negativeCount(Report valid, TableId table, Source source) {
    Catalog catalog = valid.getCatalog();
    CellSheet sheet = CellSheet.from(valid);
    long negative = -source.between(1, 3);
    Cell cell;
    String ruleId;
    if (table == TableId.PROACTIVE) {
      List<Cell> cells = new ArrayList<>();
      for (Cell c : catalog.getCells(table)) {
        if (c.getKind() == CellKind.COUNT) {
          cells.add(c);
        }
      }
      cell = cells.get(source.index(cells.size()));
      sheet.put(cell, negative);
      ruleId = Rules.S_T2_1;
    } else if (table == TableId.REVIEW_LITIGATION) {
      ReviewGroup group = ReviewGroup.values()[source.index(ReviewGroup.values().length)];
      List<ReviewResult> parts = ReviewResult.parts();
      int index = source.index(parts.size());
      cell = catalog.get(group, parts.get(index));
      Cell other = catalog.get(group, parts.get((index + 1 + source.index(parts.size() - 1)) % parts.size()));
      long moved = valid.getCount(cell) - negative;
      sheet.put(cell, negative).put(other, valid.getCount(other) + moved);
      ruleId = Rules.S_T4_4;
    } else {
      List<RequestRow> leaves = RequestRow.outcomes(catalog.getRequestsEdition());
      List<Applicant> parts = Applicant.parts();
      RequestRow row = leaves.get(source.index(leaves.size()));
      Applicant column = parts.get(source.index(parts.size()));
      cell = catalog.get(row, column);
      long moved = valid.getCount(cell) - negative;
      List<Cell[]> corners = new ArrayList<>();
      for (RequestRow r : leaves) {
        for (Applicant c : parts) {
          if (r != row && c != column && valid.getCount(catalog.get(r, c)) >= moved) {
            corners.add(new Cell[] {catalog.get(r, c), catalog.get(r, column), catalog.get(row, c)});
          }
        }
      }
      if (corners.isEmpty()) {
        return Optional.empty();
      }
      Cell[] corner = corners.get(source.index(corners.size()));
      sheet.put(cell, negative)
          .put(corner[0], valid.getCount(corner[0]) - moved)
          .put(corner[1], valid.getCount(corner[1]) + moved)
          .put(corner[2], valid.getCount(corner[2]) + moved);
      ruleId = Rules.S_T3_3;
    }
    Report report = ReportGenerator.rebuild(valid, sheet);
    for (Identity identity : Identity.of(report)) {
      if (identity.difference(report) != 0) {
        throw new IllegalStateException("negative mutant breaks " + identity);
      }
    }
    return Optional.of(new Mutant(MutantKind.NEGATIVE_COUNT, ruleId, cell, List.of(ruleId), valid, report,
        cell.getAddress() + ": " + valid.getCount(cell) + " → " + negative));
  }

  private static List<Cell> arithmeticCells(Report report) {
    List<Cell> cells = new ArrayList<>();
    for (TableId table : List.of(TableId.REQUESTS, TableId.REVIEW_LITIGATION)) {
      if (report.hasTable(table)) {
        cells.addAll(report.getCatalog().getCells(table));
      }
    }
    return cells;
  }
}

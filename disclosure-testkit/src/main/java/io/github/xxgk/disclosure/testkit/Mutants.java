package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.TableId;
import io.github.xxgk.disclosure.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Makes {@link Mutant}s of valid reports, deterministically from a seed. */
public final class Mutants {
  private Mutants() {}

  /** Returns a mutant of the given kind, empty when the report has nothing to break that way. */
  public static Optional<Mutant> of(Report valid, MutantKind kind, RandomGenerator random) {
    return of(valid, kind, Source.of(random));
  }

  /** Returns a mutant of the given kind for the given seed, empty when the report has nothing to break that way. */
  public static Optional<Mutant> of(Report valid, MutantKind kind, long seed) {
    return of(valid, kind, new SplittableRandom(seed));
  }

  /** Returns a mutant of a kind drawn from the seed (the first kind possible from there on). */
  public static Mutant of(Report valid, long seed) {
    return of(valid, Source.of(new SplittableRandom(seed)));
  }

  static Mutant of(Report valid, Source source) {
    MutantKind[] kinds = MutantKind.values();
    int first = source.index(kinds.length);
    for (int i = 0; i < kinds.length; i++) {
      Optional<Mutant> mutant = of(valid, kinds[(first + i) % kinds.length], source);
      if (mutant.isPresent()) {
        return mutant.get();
      }
    }
    throw new IllegalArgumentException("report has nothing to break: " + valid.getBody() + " " + valid.getYear());
  }

  static Optional<Mutant> of(Report valid, MutantKind kind, Source source) {
    switch (kind) {
      case WRONG_COUNT:
        return wrongCount(valid, source);
      case NEGATIVE_COUNT:
        return negativeCount(valid, source);
      case BLANK_NOT_ZERO:
        return blankNotZero(valid, source);
      case TOTAL_OMITTED:
        return totalOmitted(valid, source);
      case EDITION_YEAR:
        return editionYear(valid, source);
      default:
        return editionNotice(valid);
    }
  }

  private static Optional<Mutant> wrongCount(Report valid, Source source) {
    List<Cell> cells = arithmeticCells(valid, false);
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
    for (Cell cell : arithmeticCells(valid, false)) {
      boolean outcomesTotal = cell.getRequestRow().map(r -> r == RequestRow.OUTCOMES_TOTAL).orElse(false);
      if (!isTotal(cell) && !outcomesTotal && valid.getCount(cell) > 0) {
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
    String ruleId = cell.getTable() == TableId.REQUESTS ? Rules.S_T3_2.getId() : groupRule(cell);
    return new Mutant(kind, ruleId, cell, ruleIds, valid, report, cell.getAddress() + ": " + change);
  }

  private static Optional<Mutant> totalOmitted(Report valid, Source source) {
    List<Cell> cells = new ArrayList<>();
    for (Cell cell : arithmeticCells(valid, true)) {
      if (isTotal(cell) && valid.getCount(cell) > 0) {
        cells.add(cell);
      }
    }
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    Cell cell = cells.get(source.index(cells.size()));
    Report report = ReportGenerator.rebuild(valid, CellSheet.from(valid).put(cell, CellValue.blank()));
    return Optional.of(new Mutant(MutantKind.TOTAL_OMITTED, Rules.C_4.getId(), cell, List.of(Rules.C_4.getId()),
        valid, report, cell.getAddress() + ": " + valid.getCount(cell) + " → blank"));
  }

  private static Optional<Mutant> editionYear(Report valid, Source source) {
    if (!valid.getEdition().isOfficial() || !(valid.hasTable(TableId.PROACTIVE) || valid.hasTable(TableId.REQUESTS))) {
      return Optional.empty();
    }
    int year = valid.getEdition() == Edition.GOV_2019 ? (int) source.between(2021, 2025)
        : (int) source.between(2019, 2020);
    Report report = Report.builder().from(valid).year(year).build();
    return Optional.of(new Mutant(MutantKind.EDITION_YEAR, Rules.E_1.getId(), null, List.of(Rules.E_1.getId()),
        valid, report, "year: " + valid.getYear() + " → " + year));
  }

  private static Optional<Mutant> editionNotice(Report valid) {
    if (!valid.getEdition().isOfficial() || !(valid.hasTable(TableId.PROACTIVE) || valid.hasTable(TableId.REQUESTS))
        || !valid.getCitedNotice().equals(valid.getEdition().getNotice())) {
      return Optional.empty();
    }
    Edition other = valid.getEdition() == Edition.GOV_2019 ? Edition.GOV_2021 : Edition.GOV_2019;
    String notice = other.getNotice().orElseThrow();
    Report report = Report.builder().from(valid).citedNotice(notice).build();
    return Optional.of(new Mutant(MutantKind.EDITION_NOTICE, Rules.E_2.getId(), null, List.of(Rules.E_2.getId()),
        valid, report, "cited notice: " + valid.getCitedNotice().orElseThrow() + " → " + notice));
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
      ruleId = Rules.S_T2_1.getId();
    } else if (table == TableId.REVIEW_LITIGATION) {
      ReviewGroup group = ReviewGroup.values()[source.index(ReviewGroup.values().length)];
      List<ReviewResult> parts = ReviewResult.parts();
      int index = source.index(parts.size());
      cell = catalog.get(group, parts.get(index));
      Cell other = catalog.get(group, parts.get((index + 1 + source.index(parts.size() - 1)) % parts.size()));
      long moved = valid.getCount(cell) - negative;
      sheet.put(cell, negative).put(other, valid.getCount(other) + moved);
      ruleId = Rules.S_T4_4.getId();
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
      ruleId = Rules.S_T3_3.getId();
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

  /** Returns the cells of tables 三 and 四 whose identities have no blank 总计 (or, if allowed, any cell). */
  private static List<Cell> arithmeticCells(Report report, boolean blankTotals) {
    List<Identity> identities = Identity.of(report);
    List<Cell> cells = new ArrayList<>();
    for (TableId table : List.of(TableId.REQUESTS, TableId.REVIEW_LITIGATION)) {
      if (!report.hasTable(table)) {
        continue;
      }
      for (Cell cell : report.getCatalog().getCells(table)) {
        boolean clear = true;
        for (Identity identity : identities) {
          if (!blankTotals && identity.involves(cell) && identity.hasBlankTotal(report)) {
            clear = false;
            break;
          }
        }
        if (clear) {
          cells.add(cell);
        }
      }
    }
    return cells;
  }

  private static boolean isTotal(Cell cell) {
    return cell.getApplicant().map(a -> a == Applicant.TOTAL)
        .or(() -> cell.getReviewResult().map(r -> r == ReviewResult.TOTAL)).orElse(false);
  }

  private static String groupRule(Cell cell) {
    switch (cell.getReviewGroup().orElseThrow()) {
      case REVIEW:
        return Rules.S_T4_1.getId();
      case LITIGATION_DIRECT:
        return Rules.S_T4_2.getId();
      default:
        return Rules.S_T4_3.getId();
    }
  }
}

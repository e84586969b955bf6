package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.TableId;
import io.github.xxgk.disclosure.rules.Rules;
import java.util.ArrayList;
import java.util.List;

/** One instance of an arithmetic ERROR rule of FORMAT.md §5: the sum of some cells equals the sum of others. */
final class Identity {
  private static final String[] GROUP_RULES = {Rules.S_T4_1.getId(), Rules.S_T4_2.getId(), Rules.S_T4_3.getId()};

  private final String ruleId;
  private final List<Cell> left;
  private final List<Cell> right;

  private Identity(String ruleId, List<Cell> left, List<Cell> right) {
    this.ruleId = ruleId;
    this.left = List.copyOf(left);
    this.right = List.copyOf(right);
  }

  String getRuleId() {
    return ruleId;
  }

  /** Returns whether the identity is a 总计 equal to its parts and that 总计 is printed blank. */
  boolean hasBlankTotal(Report report) {
    return left.size() == 1 && report.getState(left.get(0)) != CellState.VALUE;
  }

  boolean involves(Cell cell) {
    return left.contains(cell) || right.contains(cell);
  }

  /** Returns the difference left − right, blank cells counting 0. */
  long difference(Report report) {
    long sum = 0;
    for (Cell cell : left) {
      sum += report.getCount(cell);
    }
    for (Cell cell : right) {
      sum -= report.getCount(cell);
    }
    return sum;
  }

  /** Returns every identity instance of the report's tables 三 and 四. */
  static List<Identity> of(Report report) {
    Catalog catalog = report.getCatalog();
    List<Identity> identities = new ArrayList<>();
    if (report.hasTable(TableId.REQUESTS)) {
      List<RequestRow> rows = RequestRow.of(catalog.getRequestsEdition());
      for (Applicant column : Applicant.values()) {
        identities.add(new Identity(Rules.O_T3_1.getId(),
            List.of(catalog.get(RequestRow.NEW_RECEIVED, column),
                catalog.get(RequestRow.CARRIED_OVER_FROM_PREVIOUS, column)),
            List.of(catalog.get(RequestRow.OUTCOMES_TOTAL, column),
                catalog.get(RequestRow.CARRIED_OVER_TO_NEXT, column))));
        List<Cell> leaves = new ArrayList<>();
        for (RequestRow row : RequestRow.outcomes(catalog.getRequestsEdition())) {
          leaves.add(catalog.get(row, column));
        }
        identities.add(new Identity(Rules.S_T3_1.getId(), List.of(catalog.get(RequestRow.OUTCOMES_TOTAL, column)), leaves));
      }
      for (RequestRow row : rows) {
        List<Cell> parts = new ArrayList<>();
        for (Applicant column : Applicant.parts()) {
          parts.add(catalog.get(row, column));
        }
        identities.add(new Identity(Rules.S_T3_2.getId(), List.of(catalog.get(row, Applicant.TOTAL)), parts));
      }
    }
    if (report.hasTable(TableId.REVIEW_LITIGATION)) {
      for (ReviewGroup group : ReviewGroup.values()) {
        List<Cell> parts = new ArrayList<>();
        for (ReviewResult result : ReviewResult.parts()) {
          parts.add(catalog.get(group, result));
        }
        identities.add(new Identity(GROUP_RULES[group.ordinal()], List.of(catalog.get(group, ReviewResult.TOTAL)), parts));
      }
    }
    return identities;
  }

  @Override
  public String toString() {
    return ruleId + " " + left + " = " + right;
  }
}

package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The identities of tables 三 and 四, non-negative values, omitted totals, unresolved cells and culprit hints. */
final class Arithmetic {
  private Arithmetic() {}

  static void check(Sheet sheet, Sink sink) {
    boolean[] omitted = new boolean[sheet.counts.length];
    unresolved(sheet, sink);
    negatives(sheet, sink);
    if (sheet.has(TableId.REQUESTS)) {
      identities(sheet, sink, Identity.requests(sheet.catalog.getRequestsEdition()), omitted);
    }
    if (sheet.has(TableId.REVIEW_LITIGATION)) {
      identities(sheet, sink, Identity.reviewLitigation(), omitted);
    }
  }

  private static void unresolved(Sheet sheet, Sink sink) {
    if (!sink.on(Rules.C_5)) {
      return;
    }
    for (Cell cell : sheet.catalog.getCells()) {
      if (sheet.isUnresolved(cell)) {
        sink.add(Finding.of(Rules.C_5).cell(cell)
            .quote(sheet.report.getPrinted().getOrDefault(cell.getAddress(), "")));
      }
    }
  }

  private static void negatives(Sheet sheet, Sink sink) {
    for (TableId table : TableId.values()) {
      Rule rule = table == TableId.PROACTIVE ? Rules.S_T2_1
          : table == TableId.REQUESTS ? Rules.S_T3_3 : Rules.S_T4_4;
      if (!sheet.has(table) || !sink.on(rule)) {
        continue;
      }
      for (Cell cell : sheet.catalog.getCells(table)) {
        if (cell.getKind() == CellKind.COUNT && sheet.isValue(cell) && sheet.count(cell) < 0) {
          sink.add(Finding.of(rule).cell(cell).reported(sheet.count(cell)));
        } else if (cell.getKind() == CellKind.MONEY) {
          Optional<Money> money = sheet.report.get(cell).getMoney();
          if (money.isPresent() && money.get().getAmount().signum() < 0) {
            sink.add(Finding.of(rule).cell(cell).reported(money.get().getYuan()));
          }
        }
      }
    }
  }

  private static void identities(Sheet sheet, Sink sink, List<Identity> identities, boolean[] omitted) {
    long[] residuals = new long[identities.size()];
    boolean[] assessed = new boolean[identities.size()];
    int failing = 0;
    for (int i = 0; i < identities.size(); i++) {
      Identity identity = identities.get(i);
      if (unassessable(sheet, identity, omitted)) {
        continue;
      }
      long left;
      long right;
      try {
        left = sum(sheet, identity.lhs);
        right = sum(sheet, identity.rhs);
        Math.subtractExact(left, right);
      } catch (ArithmeticException overflow) {
        if (sink.on(Rules.C_6)) {
          Cell largest = largest(sheet, identity);
          sink.add(identity.describe(Finding.of(Rules.C_6)).reported(sheet.count(largest))
              .value("rule", identity.rule.getId()).value("largest", largest));
        }
        continue;
      }
      Cell total = identity.total();
      if (total != null && sheet.isBlank(total)) {
        if (right != 0) {
          if (!omitted[total.getOrdinal()] && sink.on(Rules.C_4)) {
            sink.add(Finding.of(Rules.C_4).cell(total).cells(identity.rhs).computed(right));
          }
          omitted[total.getOrdinal()] = true;
          continue;
        }
      }
      assessed[i] = true;
      residuals[i] = left - right;
      if (residuals[i] != 0) {
        failing++;
        if (sink.on(identity.rule)) {
          sink.add(identity.describe(Finding.of(identity.rule)).reported(left).computed(right));
        }
      }
    }
    if (failing >= 2 && sink.on(Rules.A_1)) {
      culprit(sheet, sink, identities, assessed, residuals);
    }
  }

  private static boolean unassessable(Sheet sheet, Identity identity, boolean[] omitted) {
    for (Cell c : identity.lhs) {
      if (sheet.isUnresolved(c) || (identity.total() == null && omitted[c.getOrdinal()])) {
        return true;
      }
    }
    for (Cell c : identity.rhs) {
      if (sheet.isUnresolved(c) || omitted[c.getOrdinal()]) {
        return true;
      }
    }
    return false;
  }

  private static Cell largest(Sheet sheet, Identity identity) {
    Cell largest = identity.lhs[0];
    for (Cell[] side : new Cell[][] {identity.lhs, identity.rhs}) {
      for (Cell c : side) {
        if (Math.abs(sheet.count(c)) > Math.abs(sheet.count(largest))) {
          largest = c;
        }
      }
    }
    return largest;
  }

  private static long sum(Sheet sheet, Cell[] cells) {
    long sum = 0;
    for (Cell c : cells) {
      sum = Math.addExact(sum, sheet.count(c));
    }
    return sum;
  }

  /** Names the single cell whose correction makes every failing identity hold and breaks no holding one. */
  private static void culprit(Sheet sheet, Sink sink, List<Identity> identities, boolean[] assessed,
      long[] residuals) {
    Identity first = null;
    for (int i = 0; i < identities.size(); i++) {
      if (assessed[i] && residuals[i] != 0) {
        first = identities.get(i);
        break;
      }
    }
    List<Cell> candidates = new ArrayList<>();
    candidates.addAll(List.of(first.lhs));
    candidates.addAll(List.of(first.rhs));
    Cell found = null;
    long foundDelta = 0;
    for (Cell cell : candidates) {
      Long delta = null;
      boolean ok = true;
      for (int i = 0; i < identities.size() && ok; i++) {
        if (!assessed[i]) {
          continue;
        }
        int sign = identities.get(i).sign(cell);
        if (residuals[i] == 0) {
          ok = sign == 0;
        } else if (sign == 0) {
          ok = false;
        } else {
          long needed = -residuals[i] * sign;
          ok = delta == null || delta == needed;
          delta = needed;
        }
      }
      if (ok && delta != null && sheet.count(cell) + delta >= 0) {
        if (found != null) {
          return;
        }
        found = cell;
        foundDelta = delta;
      }
    }
    if (found == null) {
      return;
    }
    Set<String> rules = new LinkedHashSet<>();
    int count = 0;
    for (int i = 0; i < identities.size(); i++) {
      if (assessed[i] && residuals[i] != 0) {
        rules.add(identities.get(i).rule.getId());
        count++;
      }
    }
    sink.add(Finding.of(Rules.A_1).cell(found).reported(sheet.count(found))
        .computed(sheet.count(found) + foundDelta).value("count", count).value("rules", String.join(", ", rules)));
  }
}

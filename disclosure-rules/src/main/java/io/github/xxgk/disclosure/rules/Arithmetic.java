package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The identities of tables 三 and 四, non-negative values, omitted totals, unresolved cells and culprit hints. */
final class Arithmetic {
  private static final TableId[] TABLES = TableId.values();

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
    if (sheet.unresolved == 0 || !sink.on(Rules.C_5)) {
      return;
    }
    for (Cell cell : sheet.plan.cells) {
      if (sheet.isUnresolved(cell)) {
        sink.add(Finding.of(Rules.C_5).cell(cell)
            .quote(sheet.report.getPrinted().getOrDefault(cell.getAddress(), "")));
      }
    }
  }

  private static void negatives(Sheet sheet, Sink sink) {
    for (TableId table : TABLES) {
      Rule rule = table == TableId.PROACTIVE ? Rules.S_T2_1
          : table == TableId.REQUESTS ? Rules.S_T3_3 : Rules.S_T4_4;
      if (!sheet.has(table) || !sink.on(rule)) {
        continue;
      }
      for (Cell cell : sheet.plan.countCells[table.ordinal()]) {
        if (sheet.isValue(cell) && sheet.count(cell) < 0) {
          sink.add(Finding.of(rule).cell(cell).reported(sheet.count(cell)));
        }
      }
      Money money = table == TableId.PROACTIVE ? sheet.money : null;
      if (money != null && money.getAmount().signum() < 0) {
        sink.add(Finding.of(rule).cell(sheet.plan.money).reported(money.getYuan()));
      }
    }
  }

  private static void identities(Sheet sheet, Sink sink, Identity[] identities, boolean[] omitted) {
    long[] residuals = new long[identities.length];
    boolean[] assessed = new boolean[identities.length];
    int failing = 0;
    long[] counts = sheet.counts;
    omittedTotals(sheet, sink, identities, omitted);
    byte[] states = sheet.states;
    identities:
    for (int i = 0; i < identities.length; i++) {
      Identity identity = identities[i];
      // Σ left, Σ right and their difference, as Math.addExact and subtractExact would: any overflow is C-6; not
      // assessed through an unresolved cell, or an omitted total (on the left only when it is not the total itself)
      boolean partsOnly = identity.total < 0;
      long left = 0;
      long right = 0;
      boolean overflow = false;
      for (int o : identity.left) {
        if (states[o] == Sheet.UNRESOLVED || (partsOnly && omitted[o])) {
          continue identities;
        }
        long x = counts[o];
        long r = left + x;
        overflow |= ((left ^ r) & (x ^ r)) < 0;
        left = r;
      }
      for (int o : identity.right) {
        if (states[o] == Sheet.UNRESOLVED || omitted[o]) {
          continue identities;
        }
        long x = counts[o];
        long r = right + x;
        overflow |= ((right ^ r) & (x ^ r)) < 0;
        right = r;
      }
      long difference = left - right;
      overflow |= ((left ^ right) & (left ^ difference)) < 0;
      if (overflow) {
        if (sink.on(Rules.C_6)) {
          Cell largest = largest(sheet, identity);
          sink.add(identity.describe(Finding.of(Rules.C_6)).reported(sheet.count(largest))
              .value("rule", identity.rule.getId()).value("largest", largest));
        }
        continue;
      }
      int total = identity.total;
      if (total >= 0 && sheet.states[total] == Sheet.BLANK) {
        if (right != 0) {
          if (!omitted[total] && sink.on(Rules.C_4)) {
            sink.add(Finding.of(Rules.C_4).cell(identity.lhs[0]).cells(identity.rhs).computed(right));
          }
          omitted[total] = true;
          continue;
        }
      }
      assessed[i] = true;
      residuals[i] = difference;
      if (difference != 0) {
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

  /**
   * Marks every blank total whose parts do not sum to 0 as omitted (C-4) before any identity is evaluated, so that
   * no other identity through that cell counts it as 0 and reports a sum error.
   */
  private static void omittedTotals(Sheet sheet, Sink sink, Identity[] identities, boolean[] omitted) {
    if (sheet.blanks == 0) {
      return;
    }
    byte[] states = sheet.states;
    for (Identity identity : identities) {
      int total = identity.total;
      if (total < 0 || states[total] != Sheet.BLANK || omitted[total]) {
        continue;
      }
      long right = 0;
      boolean skip = false;
      for (int o : identity.right) {
        long x = sheet.counts[o];
        long r = right + x;
        skip |= states[o] == Sheet.UNRESOLVED || ((right ^ r) & (x ^ r)) < 0;
        right = r;
      }
      if (skip) {
        continue;
      }
      if (right != 0) {
        if (sink.on(Rules.C_4)) {
          sink.add(Finding.of(Rules.C_4).cell(identity.lhs[0]).cells(identity.rhs).computed(right));
        }
        omitted[total] = true;
      }
    }
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

  /** Names the single cell whose correction makes every failing identity hold and breaks no holding one. */
  private static void culprit(Sheet sheet, Sink sink, Identity[] identities, boolean[] assessed,
      long[] residuals) {
    Identity first = null;
    for (int i = 0; i < identities.length; i++) {
      if (assessed[i] && residuals[i] != 0) {
        first = identities[i];
        break;
      }
    }
    List<Cell> candidates = new ArrayList<>();
    candidates.addAll(List.of(first.lhs));
    candidates.addAll(List.of(first.rhs));
    Cell found = null;
    long foundDelta = 0;
    for (Cell cell : candidates) {
      long delta = 0;
      boolean known = false;
      boolean ok = true;
      for (int i = 0; i < identities.length && ok; i++) {
        if (!assessed[i]) {
          continue;
        }
        int sign = identities[i].sign(cell);
        if (residuals[i] == 0) {
          ok = sign == 0;
        } else if (sign == 0) {
          ok = false;
        } else {
          long needed = -residuals[i] * sign;
          ok = !known || delta == needed;
          delta = needed;
          known = true;
        }
      }
      if (ok && known && sheet.count(cell) + delta >= 0) {
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
    for (int i = 0; i < identities.length; i++) {
      if (assessed[i] && residuals[i] != 0) {
        rules.add(identities[i].rule.getId());
        count++;
      }
    }
    sink.add(Finding.of(Rules.A_1).cell(found).reported(sheet.count(found))
        .computed(sheet.count(found) + foundDelta).value("count", count).value("rules", String.join(", ", rules)));
  }
}

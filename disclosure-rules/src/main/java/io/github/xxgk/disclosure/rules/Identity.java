package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An arithmetic identity {@code Σ lhs = Σ rhs} between cells of one table, precomputed from the catalog. When
 * {@code lhs} is a single 总计 cell it is the identity's total (blank total with non-zero parts: C-4).
 */
final class Identity {
  private static final Map<Edition, Identity[]> T3 = new EnumMap<>(Edition.class);
  private static final Identity[] T4;

  static {
    for (Edition edition : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
      Catalog catalog = Catalog.of(edition);
      List<Identity> list = new ArrayList<>();
      for (CatalogRow row : catalog.getRows(TableId.REQUESTS)) {
        List<Cell> cells = row.getCells();
        Cell[] parts = cells.subList(0, Applicant.parts().size()).toArray(new Cell[0]);
        list.add(new Identity(Rules.S_T3_2, new Cell[] {cells.get(Applicant.TOTAL.ordinal())}, parts,
            String.join(" › ", row.getLabelPath()), null));
      }
      List<RequestRow> outcomes = RequestRow.outcomes(edition);
      for (Applicant column : Applicant.values()) {
        Cell[] parts = new Cell[outcomes.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = catalog.get(outcomes.get(i), column);
        }
        list.add(new Identity(Rules.S_T3_1, new Cell[] {catalog.get(RequestRow.OUTCOMES_TOTAL, column)}, parts,
            null, column));
      }
      for (Applicant column : Applicant.values()) {
        list.add(new Identity(Rules.O_T3_1,
            new Cell[] {catalog.get(RequestRow.NEW_RECEIVED, column),
                catalog.get(RequestRow.CARRIED_OVER_FROM_PREVIOUS, column)},
            new Cell[] {catalog.get(RequestRow.OUTCOMES_TOTAL, column),
                catalog.get(RequestRow.CARRIED_OVER_TO_NEXT, column)},
            null, column));
      }
      T3.put(edition, list.toArray(new Identity[0]));
    }
    Catalog catalog = Catalog.of(Edition.GOV_2021);
    List<Identity> t4 = new ArrayList<>();
    Rule[] rules = {Rules.S_T4_1, Rules.S_T4_2, Rules.S_T4_3};
    for (ReviewGroup group : ReviewGroup.values()) {
      Cell[] parts = new Cell[ReviewResult.parts().size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = catalog.get(group, ReviewResult.parts().get(i));
      }
      t4.add(new Identity(rules[group.ordinal()], new Cell[] {catalog.get(group, ReviewResult.TOTAL)}, parts,
          String.join(" › ", group.getLabelPath()), null));
    }
    T4 = t4.toArray(new Identity[0]);
  }

  final Rule rule;
  final Cell[] lhs;
  final Cell[] rhs;
  final String row;
  final Applicant column;
  /** The ordinals of {@link #lhs} and {@link #rhs}. */
  final int[] left;
  final int[] right;
  /** The ordinal of the identity's total, or -1 when it has none. */
  final int total;

  private Identity(Rule rule, Cell[] lhs, Cell[] rhs, String row, Applicant column) {
    this.rule = rule;
    this.lhs = lhs;
    this.rhs = rhs;
    this.row = row;
    this.column = column;
    this.left = ordinals(lhs);
    this.right = ordinals(rhs);
    this.total = lhs.length == 1 ? lhs[0].getOrdinal() : -1;
  }

  private static int[] ordinals(Cell[] cells) {
    int[] ordinals = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      ordinals[i] = cells[i].getOrdinal();
    }
    return ordinals;
  }

  static Identity[] requests(Edition edition) {
    return T3.get(edition);
  }

  static Identity[] reviewLitigation() {
    return T4;
  }

  /** Returns +1 if the cell is on the left, -1 on the right, 0 if not in the identity. */
  int sign(Cell cell) {
    for (Cell c : lhs) {
      if (c == cell) {
        return 1;
      }
    }
    for (Cell c : rhs) {
      if (c == cell) {
        return -1;
      }
    }
    return 0;
  }

  Finding.Builder describe(Finding.Builder finding) {
    finding.cells(lhs).cells(rhs);
    if (row != null) {
      finding.value("row", row);
    }
    if (column != null) {
      finding.value("column", column.getLabel());
    }
    return finding;
  }
}

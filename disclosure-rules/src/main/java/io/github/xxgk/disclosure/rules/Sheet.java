package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.util.Map;

/** The counts and cell states of one report, indexed by cell ordinal, read once per check. */
final class Sheet {
  static final byte VALUE = 0;
  static final byte BLANK = 1;
  static final byte UNRESOLVED = 2;

  final Report report;
  final Catalog catalog;
  final long[] counts = new long[Catalog.cellCount()];
  final byte[] states = new byte[Catalog.cellCount()];
  final boolean[] tables = new boolean[TableId.values().length];

  Sheet(Report report) {
    this.report = report;
    this.catalog = report.getCatalog();
    for (TableId table : TableId.values()) {
      if (!report.hasTable(table)) {
        continue;
      }
      tables[table.ordinal()] = true;
      for (Cell cell : catalog.getCells(table)) {
        if (cell.getKind() != CellKind.MONEY) {
          counts[cell.getOrdinal()] = report.getCount(cell);
        }
      }
    }
    for (Map.Entry<String, CellState> e : report.getStates().entrySet()) {
      Cell cell = catalog.get(e.getKey());
      states[cell.getOrdinal()] = e.getValue() == CellState.BLANK ? BLANK : UNRESOLVED;
    }
  }

  boolean has(TableId table) {
    return tables[table.ordinal()];
  }

  long count(Cell cell) {
    return counts[cell.getOrdinal()];
  }

  boolean isBlank(Cell cell) {
    return states[cell.getOrdinal()] == BLANK;
  }

  boolean isUnresolved(Cell cell) {
    return states[cell.getOrdinal()] == UNRESOLVED;
  }

  boolean isValue(Cell cell) {
    return states[cell.getOrdinal()] == VALUE;
  }
}

package io.github.xxgk.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetTest {
  @Test
  void readsEveryCellAsTheReportHoldsIt() {
    for (Report report : List.of(Fixtures.xuanhua().build(), Fixtures.shanghai().build(),
        Fixtures.pingtan2021().build())) {
      Sheet sheet = new Sheet(report);
      int checked = 0;
      for (TableId table : TableId.values()) {
        assertEquals(report.hasTable(table), sheet.has(table), table.name());
        if (!report.hasTable(table)) {
          continue;
        }
        for (Cell cell : report.getCatalog().getCells(table)) {
          CellState state = report.getState(cell);
          assertEquals(state == CellState.BLANK, sheet.isBlank(cell), cell.getAddress());
          assertEquals(state == CellState.UNRESOLVED, sheet.isUnresolved(cell), cell.getAddress());
          if (cell.getKind() == CellKind.MONEY) {
            assertEquals(report.get(cell).getMoney(), Optional.ofNullable(sheet.money), cell.getAddress());
          } else {
            assertEquals(report.getCount(cell), sheet.count(cell), cell.getAddress());
          }
          checked++;
        }
      }
      assertEquals(report.getCatalog().getCells().size(), checked, report.getBody());
    }
  }

  @Test
  void readsDistinctCountsIntoTheirOwnCells() {
    for (Fixtures.Draft draft : List.of(Fixtures.xuanhua(), Fixtures.pingtan2021())) {
      long value = 1;
      for (Cell cell : draft.sheet.getCatalog().getCells()) {
        if (cell.getKind() != CellKind.MONEY) {
          draft.put(cell.getAddress(), value++);
        }
      }
      Report report = draft.build();
      Sheet sheet = new Sheet(report);
      for (Cell cell : report.getCatalog().getCells()) {
        if (cell.getKind() != CellKind.MONEY) {
          assertEquals(report.getCount(cell), sheet.count(cell), cell.getAddress());
        }
      }
    }
  }
}

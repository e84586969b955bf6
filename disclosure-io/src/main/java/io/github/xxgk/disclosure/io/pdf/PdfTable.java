package io.github.xxgk.disclosure.io.pdf;

import java.util.Comparator;
import java.util.List;

/**
 * A table rebuilt from the rulings around its cells, possibly continued over several pages: a grid of
 * {@code rowCount} by {@code columnCount} elementary cells, and its cells with their spans, ordered by row then
 * column.
 */
record PdfTable(int page, double top, double left, double right, int rowCount, int columnCount,
    List<Double> columnEdges, List<PdfCell> cells) implements PdfBlock {
  PdfTable {
    columnEdges = List.copyOf(columnEdges);
    cells = cells.stream().sorted(Comparator.comparingInt(PdfCell::row).thenComparingInt(PdfCell::column))
        .toList();
  }

  /** The cells covering elementary row {@code r}, left to right (a cell spanning several rows is in each). */
  List<PdfCell> row(int r) {
    return cells.stream().filter(c -> c.row() <= r && r <= c.lastRow())
        .sorted(Comparator.comparingInt(PdfCell::column)).toList();
  }
}

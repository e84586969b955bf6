package io.github.xxgk.disclosure.io.pdf;

/**
 * A cell of a ruled table: its place in the table's grid (0-based, with spans), its box in points and its text
 * (lines joined in reading order; empty when nothing is printed).
 */
record PdfCell(int row, int column, int rowSpan, int columnSpan, double left, double top, double right,
    double bottom, int page, String text) {
  int lastRow() {
    return row + rowSpan - 1;
  }

  PdfCell withGrid(int newRow, int newColumn, int newRowSpan, int newColumnSpan) {
    return new PdfCell(newRow, newColumn, newRowSpan, newColumnSpan, left, top, right, bottom, page, text);
  }

  PdfCell withText(String newText) {
    return new PdfCell(row, column, rowSpan, columnSpan, left, top, right, bottom, page, newText);
  }
}

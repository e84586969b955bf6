package io.github.xxgk.disclosure.io.pdf;

import java.util.List;

/**
 * One line of text outside any table: its text, and its runs (the pieces separated by wide gaps, which are the
 * cells of a table drawn without rulings).
 */
record PdfLine(int page, double top, double left, double right, double fontSize, String text, List<Run> runs)
    implements PdfBlock {
  PdfLine {
    runs = List.copyOf(runs);
  }

  /** A piece of a line between wide gaps, with its horizontal extent. */
  record Run(String text, double left, double right) {
    boolean overlaps(double from, double to, double slack) {
      return left <= to + slack && right >= from - slack;
    }
  }
}

package io.github.xxgk.disclosure.io.pdf;

import java.util.List;

/**
 * One line of text outside any table: its text, and its runs (the pieces separated by wide gaps, which are the
 * cells of a table drawn without rulings).
 */
record PdfLine(int page, double top, double left, double right, double fontSize, String text, List<String> runs)
    implements PdfBlock {
  PdfLine {
    runs = List.copyOf(runs);
  }
}

package io.github.xxgk.disclosure.io.pdf;

/** A piece of a page in reading order: a line of running text or a ruled table. */
sealed interface PdfBlock permits PdfLine, PdfTable {
  /** The 1-based page the block starts on. */
  int page();

  /** The top of the block on its first page, in points from the top. */
  double top();
}

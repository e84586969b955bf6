package io.github.xxgk.disclosure.io.pdf;

/** The bounds a PDF is read within. */
record PdfLimits(long maxBytes, long maxMemory, int maxPages, int maxGlyphs) {
  static final PdfLimits DEFAULT = new PdfLimits(64L << 20, 256L << 20, 500, 2_000_000);
}

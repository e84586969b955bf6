package io.github.xxgk.disclosure.io.pdf;

/**
 * The bounds a PDF is read within: its size, the memory for its streams, its pages, the glyphs of the whole
 * document, and the decoded content and the operators of one page (which bound the time spent on a page).
 */
record PdfLimits(long maxBytes, long maxMemory, int maxPages, int maxGlyphs, int maxOperators,
    long maxPageContent) {
  static final PdfLimits DEFAULT = new PdfLimits(64L << 20, 256L << 20, 500, 2_000_000, 3_000_000, 16L << 20);

  PdfLimits withMaxBytes(long bytes) {
    return new PdfLimits(bytes, maxMemory, maxPages, maxGlyphs, maxOperators, maxPageContent);
  }
}

package io.github.xxgk.disclosure.io.pdf;

/** One character drawn on a page, in top-down page coordinates (points); {@code baseline} is its base line. */
record Glyph(String text, double x, double baseline, double width, double height, double fontSize) {
  /** The right edge; a width wider than the font's em (spacing folded into the advance) counts as one em. */
  double right() {
    return x + Math.min(width, Math.max(fontSize, 1) * 1.1);
  }

  double centerX() {
    return (x + right()) / 2;
  }

  /** The vertical middle of the glyph's body: above the base line by a third of the font size. */
  double centerY() {
    return baseline - Math.max(height, fontSize * 0.6) / 2;
  }

  boolean isBlank() {
    return text.isBlank();
  }
}

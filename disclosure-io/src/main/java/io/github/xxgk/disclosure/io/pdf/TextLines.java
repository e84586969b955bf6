package io.github.xxgk.disclosure.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into lines by base line and joins them into text. */
final class TextLines {
  /** A gap wider than this many font sizes between two glyphs of a line is printed as a space. */
  private static final double SPACE_GAP = 0.6;
  /** A gap wider than this many font sizes separates two runs (cells of a table drawn without rulings). */
  private static final double RUN_GAP = 1.5;

  private TextLines() {}

  /** Clusters glyphs into lines, top to bottom, each line's glyphs left to right. */
  static List<List<Glyph>> cluster(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::centerY).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = null;
    double center = 0;
    double size = 0;
    for (Glyph g : sorted) {
      double tolerance = 0.45 * Math.max(size, g.fontSize());
      if (line == null || Math.abs(g.centerY() - center) > tolerance) {
        line = new ArrayList<>();
        lines.add(line);
        center = g.centerY();
        size = g.fontSize();
      }
      line.add(g);
      size = Math.max(size, g.fontSize());
    }
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  /** The text of one line: glyphs in order, a space where the gap is wide, blanks collapsed, trimmed. */
  static String text(List<Glyph> line) {
    StringBuilder b = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      if (previous != null && g.x() - previous.right() > SPACE_GAP * Math.max(g.fontSize(), 1)) {
        b.append(' ');
      }
      b.append(g.text());
      previous = g;
    }
    return b.toString().replaceAll("[\\s\\u00A0\\u3000]+", " ").trim();
  }

  /** The runs of one line: pieces separated by gaps wider than one and a half font sizes. */
  static List<PdfLine.Run> runs(List<Glyph> line) {
    List<PdfLine.Run> runs = new ArrayList<>();
    List<Glyph> run = new ArrayList<>();
    Glyph previous = null;
    for (Glyph g : line) {
      if (g.isBlank()) {
        continue;
      }
      if (previous != null && g.x() - previous.right() > RUN_GAP * Math.max(g.fontSize(), 1)) {
        runs.add(run(run));
        run = new ArrayList<>();
      }
      run.add(g);
      previous = g;
    }
    if (!run.isEmpty()) {
      runs.add(run(run));
    }
    return runs;
  }

  private static PdfLine.Run run(List<Glyph> glyphs) {
    return new PdfLine.Run(text(glyphs), glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right());
  }

  /**
   * The text of a block of glyphs (a table cell): its lines top to bottom, joined with nothing where either side
   * is Chinese (a label wrapped or written one character per line) and with a space otherwise.
   */
  static String join(List<Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    for (List<Glyph> line : cluster(glyphs)) {
      String t = text(line);
      if (t.isEmpty()) {
        continue;
      }
      if (b.length() > 0 && !isWide(b.charAt(b.length() - 1)) && !isWide(t.charAt(0))) {
        b.append(' ');
      }
      b.append(t);
    }
    return b.toString();
  }

  /** Whether a character is a CJK ideograph or full-width punctuation, which lines join without a space. */
  static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
        || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
  }
}

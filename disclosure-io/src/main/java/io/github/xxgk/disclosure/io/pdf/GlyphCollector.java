package io.github.xxgk.disclosure.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs PDFBox finds on one page, with their positions; the text stream order is ignored, since
 * tables are rebuilt from positions.
 */
final class GlyphCollector extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final int limit;
  private final List<String> problems = new ArrayList<>();
  /** Per font (at most a few), how many of its glyphs have no Unicode mapping: PDFBox drops them silently. */
  private final Map<String, Integer> unmapped = new LinkedHashMap<>();

  private final int maxOperators;
  private int operators;

  GlyphCollector(int limit, int maxOperators) {
    this.limit = limit;
    this.maxOperators = maxOperators;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) throws IOException {
    for (TextPosition p : positions) {
      String unicode = p.getUnicode();
      if (unicode == null || unicode.isEmpty()) {
        continue;
      }
      if (glyphs.size() >= limit) {
        throw new TooMuchTextException();
      }
      glyphs.add(new Glyph(unicode, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getHeightDir(),
          p.getFontSizeInPt()));
    }
  }

  /** Counts the glyphs of composite fonts that map to no text (a missing or damaged ToUnicode map). */
  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
      String name = font.getName() == null ? "without a name" : font.getName();
      if (unmapped.size() < 3 || unmapped.containsKey(name)) {
        unmapped.merge(name, 1, Integer::sum);
      }
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if (++operators > maxOperators) {
      throw new TooMuchContentException();
    }
    super.processOperator(operator, operands);
  }

  /** Notes a content-stream operator PDFBox could not run (the page may miss text), then lets PDFBox decide. */
  @Override
  protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
    if (problems.size() < 3) {
      problems.add("damaged content stream, text may be missing: " + operator.getName() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    super.operatorException(operator, operands, e);
  }

  List<String> problems() {
    List<String> all = new ArrayList<>(problems);
    unmapped.forEach((font, glyphs) -> all.add(glyphs + (glyphs == 1 ? " glyph" : " glyphs") + " of font " + font
        + " map to no text (its ToUnicode map is missing or damaged): they are not read"));
    return all;
  }

  List<Glyph> glyphs() {
    return glyphs;
  }

  /** Thrown when a page runs more drawing operators than a report page could need. */
  static final class TooMuchContentException extends IOException {
    TooMuchContentException() {
      super("too many operators");
    }
  }

  /** Thrown when a page draws more glyphs than a report could hold. */
  static final class TooMuchTextException extends IOException {
    TooMuchTextException() {
      super("too many glyphs");
    }
  }
}

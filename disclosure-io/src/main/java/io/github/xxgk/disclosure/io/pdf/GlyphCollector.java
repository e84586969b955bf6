package io.github.xxgk.disclosure.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs PDFBox finds on one page, with their positions; the text stream order is ignored, since
 * tables are rebuilt from positions.
 */
final class GlyphCollector extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();
  private final int limit;
  private final List<String> problems = new ArrayList<>();

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
    return problems;
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

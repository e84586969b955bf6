package io.github.xxgk.disclosure.io.pdf;

import java.util.List;

/** What one page draws: its glyphs and rulings in top-down coordinates, and how many images it paints. */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
    int images) {
  PageContent {
    glyphs = List.copyOf(glyphs);
    rulings = List.copyOf(rulings);
  }
}

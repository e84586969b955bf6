package io.github.xxgk.disclosure.io.pdf;

import java.util.List;

/**
 * What one page draws: its glyphs and rulings in top-down coordinates, how many images it paints, and the
 * content-stream operators that could not be run.
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
    int images, List<String> problems) {
  PageContent {
    glyphs = List.copyOf(glyphs);
    rulings = List.copyOf(rulings);
    problems = List.copyOf(problems);
  }
}

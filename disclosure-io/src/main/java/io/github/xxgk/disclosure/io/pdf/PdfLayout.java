package io.github.xxgk.disclosure.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The blocks of a whole document in reading order: page by page, top to bottom, with page numbers and running
 * headers or footers (a margin line printed on several pages) dropped, and a table broken by a page break joined
 * again (its spanning label cells cut by the break made whole).
 */
final class PdfLayout {
  /** A page number printed in the margin: {@code - 2 -}, {@code — 1 —}, {@code 3}, {@code 第 3 页}. */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^[-—–－_\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*/\\s*\\d{1,4}\\s*页?)?[-—–－_\\s]*$");
  /** A label cell that starts a new group rather than continuing one cut by a page break. */
  private static final Pattern STARTS_GROUP =
      Pattern.compile("^\\s*([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\\d+\\s*[.．、])");
  private static final double EDGE = 3.0;
  private static final double MARGIN = 0.1;

  private PdfLayout() {}

  /** Lays out the pages' content into blocks. */
  static List<PdfBlock> of(List<PageContent> pages) {
    List<List<PdfBlock>> perPage = new ArrayList<>();
    Map<String, Set<Integer>> marginLines = new HashMap<>();
    for (PageContent page : pages) {
      List<PdfBlock> onPage = page(page);
      perPage.add(onPage);
      for (PdfBlock b : onPage) {
        if (b instanceof PdfLine l && inMargin(l, page)) {
          marginLines.computeIfAbsent(runningKey(l), k -> new HashSet<>()).add(page.number());
        }
      }
    }
    List<PdfBlock> blocks = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      PageContent page = pages.get(p);
      List<PdfBlock> onPage = new ArrayList<>();
      for (PdfBlock b : perPage.get(p)) {
        boolean running = b instanceof PdfLine l && inMargin(l, page) && marginLines.get(runningKey(l)).size() > 1;
        if (!running) {
          onPage.add(b);
        }
      }
      if (!onPage.isEmpty() && !blocks.isEmpty() && onPage.get(0) instanceof PdfTable next
          && blocks.get(blocks.size() - 1) instanceof PdfTable previous && previous.page() < next.page()
          && Math.abs(previous.left() - next.left()) <= EDGE && Math.abs(previous.right() - next.right()) <= EDGE) {
        blocks.set(blocks.size() - 1, join(previous, next));
        onPage = onPage.subList(1, onPage.size());
      }
      blocks.addAll(onPage);
    }
    return blocks;
  }

  /** Whether a line lies in the top or bottom tenth of its page, where running headers and footers are. */
  private static boolean inMargin(PdfLine line, PageContent page) {
    return line.top() + line.fontSize() > page.height() * (1 - MARGIN) || line.top() < page.height() * MARGIN;
  }

  /** A margin line's text with its numbers blanked, the same on every page for a running header or footer. */
  private static String runningKey(PdfLine line) {
    return line.text().replaceAll("[0-9]+", "#").replaceAll("\\s+", "");
  }

  static List<PdfBlock> page(PageContent page) {
    TableFinder found = TableFinder.find(page);
    List<PdfBlock> blocks = new ArrayList<>(found.tables());
    for (List<Glyph> line : TextLines.cluster(found.freeGlyphs())) {
      String text = TextLines.text(line);
      if (text.isEmpty()) {
        continue;
      }
      double top = line.stream().mapToDouble(g -> g.baseline() - g.fontSize()).min().orElse(0);
      double bottom = line.stream().mapToDouble(Glyph::baseline).max().orElse(0);
      boolean inMargin = bottom > page.height() * (1 - MARGIN) || top < page.height() * MARGIN;
      if (inMargin && PAGE_NUMBER.matcher(text).matches()) {
        continue;
      }
      double left = line.stream().filter(g -> !g.isBlank()).mapToDouble(Glyph::x).min().orElse(0);
      double right = line.stream().filter(g -> !g.isBlank()).mapToDouble(Glyph::right).max().orElse(0);
      double size = line.stream().mapToDouble(Glyph::fontSize).max().orElse(0);
      blocks.add(new PdfLine(page.number(), top, left, right, size, text, TextLines.runs(line)));
    }
    blocks.sort(Comparator.comparingDouble(PdfBlock::top));
    return blocks;
  }

  /** Joins a table continued on the next page: the columns of both on one set of edges, rows one after another. */
  static PdfTable join(PdfTable a, PdfTable b) {
    List<Double> edges = new ArrayList<>(a.columnEdges());
    for (double x : b.columnEdges()) {
      if (edges.stream().noneMatch(e -> Math.abs(e - x) <= EDGE)) {
        edges.add(x);
      }
    }
    edges.sort(Double::compare);
    List<PdfCell> cells = new ArrayList<>();
    List<PdfCell> lastOfA = new ArrayList<>();
    for (PdfCell c : a.cells()) {
      PdfCell moved = regrid(c, c.row(), edges);
      if (c.lastRow() == a.rowCount() - 1) {
        lastOfA.add(moved);
      } else {
        cells.add(moved);
      }
    }
    for (PdfCell c : b.cells()) {
      PdfCell moved = regrid(c, c.row() + a.rowCount(), edges);
      PdfCell above = c.row() == 0 ? cutLabel(lastOfA, moved) : null;
      if (above == null) {
        cells.add(moved);
      } else {
        lastOfA.remove(above);
        lastOfA.add(above.withGrid(above.row(), above.column(), moved.lastRow() - above.row() + 1,
            above.columnSpan()).withText(above.text() + moved.text()));
      }
    }
    cells.addAll(lastOfA);
    return new PdfTable(a.page(), a.top(), Math.min(a.left(), b.left()), Math.max(a.right(), b.right()),
        a.rowCount() + b.rowCount(), edges.size() - 1, edges, cells);
  }

  /**
   * The label cell at the bottom of the earlier page that {@code continued} continues: same columns, a label
   * (Chinese text) above, and below either nothing or text that does not start a new numbered group.
   */
  private static PdfCell cutLabel(List<PdfCell> lastOfA, PdfCell continued) {
    if (!continued.text().isEmpty()
        && (!TextLines.isWide(continued.text().charAt(0)) || STARTS_GROUP.matcher(continued.text()).find())) {
      return null;
    }
    for (PdfCell above : lastOfA) {
      if (above.column() == continued.column() && above.columnSpan() == continued.columnSpan()
          && above.text().chars().anyMatch(ch -> TextLines.isWide((char) ch))
          && (above.rowSpan() > 1 || !continued.text().isEmpty() || continued.rowSpan() > 1)) {
        return above;
      }
    }
    return null;
  }

  private static PdfCell regrid(PdfCell c, int row, List<Double> edges) {
    int first = nearest(edges, c.left());
    int last = nearest(edges, c.right());
    return c.withGrid(row, first, c.rowSpan(), Math.max(1, last - first));
  }

  private static int nearest(List<Double> edges, double x) {
    int best = 0;
    for (int i = 1; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}

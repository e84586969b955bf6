package io.github.xxgk.disclosure.io.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the ruled tables of a page: rulings that touch form a table; the distinct positions of its rulings
 * form a grid; neighbouring grid cells with no ruling between them are one (spanning) cell; each glyph belongs to
 * the cell its centre lies in.
 */
final class TableFinder {
  /** More merged rulings than this on one page are not a report table; the page is read as text. */
  static final int MAX_RULINGS = 4000;
  private static final double CLUSTER = 1.5;
  private static final double TOL = Ruling.TOLERANCE;

  private final List<Glyph> freeGlyphs = new ArrayList<>();
  private final List<PdfTable> tables = new ArrayList<>();

  private TableFinder() {}

  /** Finds the tables of a page; the glyphs outside every table are left for running text. */
  static TableFinder find(PageContent page) {
    TableFinder f = new TableFinder();
    List<Ruling> merged = merge(page.rulings());
    List<List<Ruling>> components = merged.size() > MAX_RULINGS ? List.of() : components(merged);
    List<Grid> grids = new ArrayList<>();
    for (List<Ruling> c : components) {
      Grid g = Grid.of(c);
      if (g != null) {
        grids.add(g);
      }
    }
    Map<Grid, List<Glyph>> inside = new LinkedHashMap<>();
    for (Grid g : grids) {
      inside.put(g, new ArrayList<>());
    }
    for (Glyph glyph : page.glyphs()) {
      Grid owner = null;
      for (Grid g : grids) {
        if (g.contains(glyph.centerX(), glyph.centerY())) {
          owner = g;
          break;
        }
      }
      if (owner == null) {
        f.freeGlyphs.add(glyph);
      } else {
        inside.get(owner).add(glyph);
      }
    }
    for (Map.Entry<Grid, List<Glyph>> e : inside.entrySet()) {
      PdfTable t = e.getKey().table(page.number(), e.getValue());
      if (t.columnCount() >= 2 && t.cells().stream().anyMatch(c -> c.columnSpan() < t.columnCount())) {
        f.tables.add(t);
      } else {
        f.freeGlyphs.addAll(e.getValue());
      }
    }
    return f;
  }

  List<Glyph> freeGlyphs() {
    return freeGlyphs;
  }

  List<PdfTable> tables() {
    return tables;
  }

  /** Joins collinear rulings that overlap or touch, so a border drawn in pieces is one ruling. */
  static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> sorted = new ArrayList<>(rulings);
    sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::at)
        .thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    for (Ruling r : sorted) {
      boolean joined = false;
      for (int i = out.size() - 1; i >= 0 && i >= out.size() - 64; i--) {
        Ruling o = out.get(i);
        if (o.horizontal() == r.horizontal() && Math.abs(o.at() - r.at()) <= 1.0 && r.from() <= o.to() + TOL
            && r.to() >= o.from() - TOL) {
          out.set(i, new Ruling(o.horizontal(), (o.at() + r.at()) / 2, Math.min(o.from(), r.from()),
              Math.max(o.to(), r.to())));
          joined = true;
          break;
        }
      }
      if (!joined) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<List<Ruling>> components(List<Ruling> rulings) {
    int n = rulings.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (rulings.get(i).crosses(rulings.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The grid of one group of touching rulings. */
  private static final class Grid {
    private final List<Ruling> rulings;
    private final double[] xs;
    private final double[] ys;

    private Grid(List<Ruling> rulings, double[] xs, double[] ys) {
      this.rulings = rulings;
      this.xs = xs;
      this.ys = ys;
    }

    static Grid of(List<Ruling> rulings) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (Ruling r : rulings) {
        (r.horizontal() ? y : x).add(r.at());
      }
      double[] xs = extend(cluster(x), rulings, false);
      double[] ys = extend(cluster(y), rulings, true);
      if (xs.length < 2 || ys.length < 2 || xs[xs.length - 1] - xs[0] < 20 || ys[ys.length - 1] - ys[0] < 8) {
        return null;
      }
      return new Grid(rulings, xs, ys);
    }

    boolean contains(double x, double y) {
      return x > xs[0] && x < xs[xs.length - 1] && y > ys[0] && y < ys[ys.length - 1];
    }

    PdfTable table(int page, List<Glyph> glyphs) {
      int rows = ys.length - 1;
      int cols = xs.length - 1;
      int[] parent = new int[rows * cols];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
      }
      for (int i = 0; i < rows; i++) {
        double midY = (ys[i] + ys[i + 1]) / 2;
        for (int j = 0; j < cols; j++) {
          double midX = (xs[j] + xs[j + 1]) / 2;
          if (j + 1 < cols && !ruled(false, xs[j + 1], midY)) {
            parent[root(parent, i * cols + j)] = root(parent, i * cols + j + 1);
          }
          if (i + 1 < rows && !ruled(true, ys[i + 1], midX)) {
            parent[root(parent, i * cols + j)] = root(parent, (i + 1) * cols + j);
          }
        }
      }
      Map<Integer, int[]> spans = new LinkedHashMap<>();
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          int[] s = spans.computeIfAbsent(root(parent, i * cols + j), k -> new int[] {rows, cols, -1, -1});
          s[0] = Math.min(s[0], i);
          s[1] = Math.min(s[1], j);
          s[2] = Math.max(s[2], i);
          s[3] = Math.max(s[3], j);
        }
      }
      Map<Integer, List<Glyph>> content = new HashMap<>();
      for (Glyph g : glyphs) {
        int i = index(ys, g.centerY());
        int j = index(xs, g.centerX());
        content.computeIfAbsent(root(parent, i * cols + j), k -> new ArrayList<>()).add(g);
      }
      List<PdfCell> cells = new ArrayList<>();
      for (Map.Entry<Integer, int[]> e : spans.entrySet()) {
        int[] s = e.getValue();
        String text = TextLines.join(content.getOrDefault(e.getKey(), List.of()));
        cells.add(new PdfCell(s[0], s[1], s[2] - s[0] + 1, s[3] - s[1] + 1, xs[s[1]], ys[s[0]], xs[s[3] + 1],
            ys[s[2] + 1], page, text));
      }
      List<Double> edges = new ArrayList<>();
      for (double x : xs) {
        edges.add(x);
      }
      return new PdfTable(page, ys[0], xs[0], xs[xs.length - 1], rows, cols, edges, cells);
    }

    private boolean ruled(boolean horizontal, double at, double along) {
      for (Ruling r : rulings) {
        if (r.horizontal() == horizontal && r.covers(at, along)) {
          return true;
        }
      }
      return false;
    }

    private static int index(double[] edges, double v) {
      for (int i = 0; i < edges.length - 2; i++) {
        if (v < edges[i + 1]) {
          return i;
        }
      }
      return edges.length - 2;
    }

    /**
     * Adds an outer edge where the rulings across run past the last ruling along, as where a table is cut by a
     * page break and its last row has no bottom border.
     */
    private static double[] extend(double[] edges, List<Ruling> rulings, boolean horizontal) {
      if (edges.length == 0) {
        return edges;
      }
      double min = edges[0];
      double max = edges[edges.length - 1];
      double lo = Double.MAX_VALUE;
      double hi = -Double.MAX_VALUE;
      for (Ruling r : rulings) {
        if (r.horizontal() != horizontal) {
          lo = Math.min(lo, r.from());
          hi = Math.max(hi, r.to());
        }
      }
      List<Double> out = new ArrayList<>();
      if (lo < min - 3 * TOL) {
        out.add(lo);
      }
      for (double e : edges) {
        out.add(e);
      }
      if (hi > max + 3 * TOL) {
        out.add(hi);
      }
      return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] cluster(List<Double> values) {
      values.sort(Double::compare);
      List<Double> out = new ArrayList<>();
      double sum = 0;
      int n = 0;
      double last = Double.NaN;
      for (double v : values) {
        if (n > 0 && v - last > CLUSTER) {
          out.add(sum / n);
          sum = 0;
          n = 0;
        }
        sum += v;
        n++;
        last = v;
      }
      if (n > 0) {
        out.add(sum / n);
      }
      return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }
}

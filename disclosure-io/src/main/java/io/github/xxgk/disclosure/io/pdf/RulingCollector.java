package io.github.xxgk.disclosure.io.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical lines a page draws: stroked segments, and the edges of filled rectangles
 * (table borders drawn as thin fills, cell frames, shaded cells). Curves, clipping paths and diagonal lines are
 * ignored. Also counts the images painted, to tell a scanned page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
  private static final double THIN = 3.0;
  private static final double STRAIGHT = 0.5;
  private static final int MAX_KEPT = 100_000;

  private final double left;
  private final double top;
  private final double pageArea;
  private final List<Ruling> rulings = new ArrayList<>();
  private final List<double[]> segments = new ArrayList<>();
  private final List<double[]> rectangles = new ArrayList<>();
  private final List<List<Point2D>> polygons = new ArrayList<>();
  private List<Point2D> polygon;
  private Point2D current;
  private int images;

  RulingCollector(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.left = box.getLowerLeftX();
    this.top = box.getUpperRightY();
    this.pageArea = (double) box.getWidth() * box.getHeight();
  }

  void collect() throws IOException {
    processPage(getPage());
  }

  List<Ruling> rulings() {
    return rulings;
  }

  int images() {
    return images;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(new double[] {x0 - left, top - y1, x1 - left, top - y0});
  }

  @Override
  public void drawImage(PDImage image) {
    images++;
  }

  @Override
  public void clip(int windingRule) {
    // a clipping path draws nothing; endPath() discards it
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    polygon = new ArrayList<>();
    polygon.add(current);
    polygons.add(polygon);
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D next = new Point2D.Float(x, y);
    if (current != null) {
      segments.add(new double[] {current.getX() - left, top - current.getY(), x - left, top - y});
    }
    if (polygon != null) {
      polygon.add(next);
    }
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
    polygon = null;
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    // the closing segment of a rectangle drawn with lines repeats an edge already seen
  }

  @Override
  public void endPath() {
    reset();
  }

  @Override
  public void strokePath() {
    if (invisible(getGraphicsState().getStrokingColor())) {
      reset();
      return;
    }
    for (double[] s : segments) {
      addSegment(s[0], s[1], s[2], s[3]);
    }
    for (double[] r : rectangles) {
      addEdges(r);
    }
    reset();
  }

  @Override
  public void fillPath(int windingRule) {
    if (invisible(getGraphicsState().getNonStrokingColor())) {
      reset();
      return;
    }
    for (double[] r : rectangles) {
      addFilled(r);
    }
    for (List<Point2D> p : polygons) {
      if (p.size() >= 3) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Point2D q : p) {
          x0 = Math.min(x0, q.getX());
          x1 = Math.max(x1, q.getX());
          y0 = Math.min(y0, q.getY());
          y1 = Math.max(y1, q.getY());
        }
        addFilled(new double[] {x0 - left, top - y1, x1 - left, top - y0});
      }
    }
    reset();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // shadings are backgrounds, not rulings
  }

  /** Whether a colour is white (or nearly): drawn on a white page it shows nothing, e.g. a line's background. */
  private static boolean invisible(PDColor color) {
    try {
      int rgb = color.toRGB();
      return ((rgb >> 16) & 0xFF) >= 0xF0 && ((rgb >> 8) & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void addFilled(double[] r) {
    double w = r[2] - r[0];
    double h = r[3] - r[1];
    if (w * h > pageArea / 2) {
      return;
    }
    if (h <= THIN && w > THIN) {
      add(new Ruling(true, (r[1] + r[3]) / 2, r[0], r[2]));
    } else if (w <= THIN && h > THIN) {
      add(new Ruling(false, (r[0] + r[2]) / 2, r[1], r[3]));
    } else if (w > THIN && h > THIN) {
      addEdges(r);
    }
  }

  private void addEdges(double[] r) {
    add(new Ruling(true, r[1], r[0], r[2]));
    add(new Ruling(true, r[3], r[0], r[2]));
    add(new Ruling(false, r[0], r[1], r[3]));
    add(new Ruling(false, r[2], r[1], r[3]));
  }

  private void addSegment(double x0, double y0, double x1, double y1) {
    if (Math.abs(y0 - y1) <= STRAIGHT && Math.abs(x0 - x1) > STRAIGHT) {
      add(new Ruling(true, (y0 + y1) / 2, x0, x1));
    } else if (Math.abs(x0 - x1) <= STRAIGHT && Math.abs(y0 - y1) > STRAIGHT) {
      add(new Ruling(false, (x0 + x1) / 2, y0, y1));
    }
  }

  /** Keeps a ruling, up to a bound: a page with more is no report table (the finder then reads it as text). */
  private void add(Ruling r) {
    if (rulings.size() < MAX_KEPT) {
      rulings.add(r);
    }
  }

  private void reset() {
    segments.clear();
    rectangles.clear();
    polygons.clear();
    polygon = null;
    current = null;
  }
}

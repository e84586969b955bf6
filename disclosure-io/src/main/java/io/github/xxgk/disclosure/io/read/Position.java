package io.github.xxgk.disclosure.io.read;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where something was printed in a source: a line and column of text, or a page and x/y coordinates of a PDF, with
 * the character offset into the source when known.
 */
public final class Position implements Comparable<Position> {
  private static final Position UNKNOWN = new Position(0, 0, 0, 0, 0, -1);

  private final int line;
  private final int column;
  private final int page;
  private final double x;
  private final double y;
  private final long offset;
  /** Where a deferred position is found when first asked, or null for a position known from the start. */
  private final Supplier<Position> deferred;
  private volatile Position found;

  private Position(int line, int column, int page, double x, double y, long offset) {
    this.line = line;
    this.column = column;
    this.page = page;
    this.x = x;
    this.y = y;
    this.offset = offset;
    this.deferred = null;
  }

  private Position(Supplier<Position> deferred) {
    this.line = 0;
    this.column = 0;
    this.page = 0;
    this.x = 0;
    this.y = 0;
    this.offset = -1;
    this.deferred = deferred;
  }

  /** Returns a position in text: 1-based line and column, 0-based character offset (-1 when unknown). */
  public static Position ofLine(int line, int column, long offset) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column must be >= 1: " + line + ", " + column);
    }
    return new Position(line, column, 0, 0, 0, offset);
  }

  /** Returns a position on a page: 1-based page, x and y in points from the top left, character offset or -1. */
  public static Position ofPage(int page, double x, double y, long offset) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
    return new Position(0, 0, page, x, y, offset);
  }

  /** Returns a position known only by its 0-based character offset. */
  public static Position ofOffset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    return new Position(0, 0, 0, 0, 0, offset);
  }

  /**
   * Returns a position the supplier finds when it is first asked for: for readers
   * whose positions cost a second pass over the source, which most reads never need.
   */
  static Position deferred(Supplier<Position> where) {
    return new Position(Objects.requireNonNull(where, "where"));
  }

  /** Returns the position itself, or the deferred one (found now if not yet). */
  private Position known() {
    if (deferred == null) {
      return this;
    }
    Position p = found;
    if (p == null) {
      p = deferred.get();
      found = p;
    }
    return p;
  }

  /** Returns the position of something whose place in the source is not known. */
  public static Position unknown() {
    return UNKNOWN;
  }

  /** Returns the 1-based line, or 0 when not a text position. */
  public int getLine() {
    return known().line;
  }

  /** Returns the 1-based column, or 0 when not a text position. */
  public int getColumn() {
    return known().column;
  }

  /** Returns the 1-based page, or 0 when not a page position. */
  public int getPage() {
    return known().page;
  }

  /** Returns the x coordinate on the page, in points. */
  public double getX() {
    return known().x;
  }

  /** Returns the y coordinate on the page, in points from the top. */
  public double getY() {
    return known().y;
  }

  /** Returns the 0-based character offset into the source, or -1 when unknown. */
  public long getOffset() {
    return known().offset;
  }

  /** Returns whether this is a line and column in text. */
  public boolean isLine() {
    return known().line > 0;
  }

  /** Returns whether this is a point on a page. */
  public boolean isPage() {
    return known().page > 0;
  }

  @Override
  public int compareTo(Position other) {
    Position t = known();
    Position o = other.known();
    int c = Integer.compare(t.page, o.page);
    if (c == 0) {
      c = Integer.compare(t.line, o.line);
    }
    if (c == 0) {
      c = Integer.compare(t.column, o.column);
    }
    if (c == 0) {
      c = Double.compare(t.y, o.y);
    }
    if (c == 0) {
      c = Double.compare(t.x, o.x);
    }
    return c == 0 ? Long.compare(t.offset, o.offset) : c;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Position)) {
      return false;
    }
    Position t = known();
    Position p = ((Position) o).known();
    return t.line == p.line && t.column == p.column && t.page == p.page && Double.compare(t.x, p.x) == 0
        && Double.compare(t.y, p.y) == 0 && t.offset == p.offset;
  }

  @Override
  public int hashCode() {
    Position t = known();
    return Objects.hash(t.line, t.column, t.page, t.x, t.y, t.offset);
  }

  /** Returns e.g. {@code line 12, column 5}, {@code page 3 (x 72.0, y 140.5)} or {@code offset 120}. */
  @Override
  public String toString() {
    if (deferred != null) {
      return known().toString();
    }
    if (line > 0) {
      return "line " + line + ", column " + column;
    }
    if (page > 0) {
      return "page " + page + " (x " + x + ", y " + y + ")";
    }
    return offset < 0 ? "unknown position" : "offset " + offset;
  }
}

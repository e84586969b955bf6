package io.github.xxgk.disclosure.io.pdf;

/**
 * A horizontal or vertical line drawn on a page (a stroked segment or an edge of a filled rectangle), in top-down
 * page coordinates: {@code at} is the y of a horizontal ruling or the x of a vertical one, {@code from..to} its
 * extent along the other axis.
 */
record Ruling(boolean horizontal, double at, double from, double to) {
  static final double TOLERANCE = 2.0;

  Ruling {
    if (from > to) {
      double t = from;
      from = to;
      to = t;
    }
  }

  /** Whether this ruling covers the point {@code along} on its own axis, near position {@code at}. */
  boolean covers(double position, double along) {
    return Math.abs(at - position) <= TOLERANCE && along >= from - TOLERANCE && along <= to + TOLERANCE;
  }

  boolean crosses(Ruling other) {
    if (horizontal == other.horizontal) {
      return false;
    }
    return other.at >= from - TOLERANCE && other.at <= to + TOLERANCE && at >= other.from - TOLERANCE
        && at <= other.to + TOLERANCE;
  }
}

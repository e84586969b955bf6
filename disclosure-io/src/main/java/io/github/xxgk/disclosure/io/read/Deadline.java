package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.io.ReportReadException;
import java.time.Duration;

/**
 * The time limit of one read, checked by the loops of parsing, mapping and splitting on the reading thread, so that
 * no read outlasts its limit by more than one step of a loop. Outside a read nothing is checked.
 */
final class Deadline {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
  /** What {@link #current} returns outside a read: it never looks at the clock. */
  private static final Deadline NONE = new Deadline(null);

  private final long endNanos;
  private final Duration limit;
  private int calls;

  private Deadline(Duration limit) {
    this.limit = limit;
    this.endNanos = limit == null ? 0 : System.nanoTime() + limit.toNanos();
  }

  /** Work done under a deadline. */
  interface Work<T> {
    T run() throws ReportReadException;
  }

  /** Thrown by {@link #check} when the limit has passed; turned into a ReportReadException by the reader. */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String position;

    Exceeded(String position, Duration limit) {
      super("reading took longer than the time limit of " + limit, null, false, false);
      this.position = position;
    }
  }

  /** Runs the work with the given time limit checked by {@link #check}; the limit passing ends it with Exceeded. */
  static <T> T run(Duration limit, Work<T> work) throws ReportReadException {
    Deadline outer = CURRENT.get();
    CURRENT.set(new Deadline(limit));
    try {
      return work.run();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** Throws {@link Exceeded} naming the position when the current read's time limit has passed. */
  static void check(String position) {
    Deadline d = CURRENT.get();
    if (d != null && System.nanoTime() - d.endNanos > 0) {
      throw new Exceeded(position, d.limit);
    }
  }

  /**
   * Like {@link #check(String)} with the position {@code what + where}, the two joined only when the limit has
   * passed: a loop names where it is at no cost.
   */
  static void check(String what, Object where) {
    Deadline d = CURRENT.get();
    if (d != null && System.nanoTime() - d.endNanos > 0) {
      throw new Exceeded(what + where, d.limit);
    }
  }

  /**
   * Returns the time limit of the current read (one that never passes outside a read), for the tightest loops to
   * {@link #tickHere} without looking it up each time.
   */
  static Deadline current() {
    Deadline d = CURRENT.get();
    return d == null ? NONE : d;
  }

  /** Like {@link #tick}, on this read's time limit. */
  void tickHere(String position) {
    if (this != NONE && (++calls & 0xff) == 0 && System.nanoTime() - endNanos > 0) {
      throw new Exceeded(position, limit);
    }
  }

  /** Like {@link #check}, but looks at the clock only every 256th call, for the tightest loops. */
  static void tick(String position) {
    Deadline d = CURRENT.get();
    if (d != null && (++d.calls & 0xff) == 0 && System.nanoTime() - d.endNanos > 0) {
      throw new Exceeded(position, d.limit);
    }
  }
}

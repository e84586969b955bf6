package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Report;
import java.util.Objects;

/** The reports of one body for two consecutive years. */
public final class ReportPair {
  private final Report previous;
  private final Report current;

  private ReportPair(Report previous, Report current) {
    this.previous = previous;
    this.current = current;
  }

  /** Returns the pair; the current report must be for the year after the previous one. */
  public static ReportPair of(Report previous, Report current) {
    if (current.getYear() != previous.getYear() + 1) {
      throw new IllegalArgumentException("current year must follow the previous year " + previous.getYear() + ": "
          + current.getYear());
    }
    return new ReportPair(previous, current);
  }

  /** Returns the report of year Y−1. */
  public Report getPrevious() {
    return previous;
  }

  /** Returns the report of year Y. */
  public Report getCurrent() {
    return current;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportPair && previous.equals(((ReportPair) o).previous)
        && current.equals(((ReportPair) o).current);
  }

  @Override
  public int hashCode() {
    return Objects.hash(previous, current);
  }

  @Override
  public String toString() {
    return "ReportPair[" + previous.getBody() + " " + previous.getYear() + "→" + current.getYear() + "]";
  }
}

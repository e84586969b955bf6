package io.github.xxgk.disclosure.io;

import java.util.List;
import java.util.Objects;

/**
 * A note on cells to show beside a report's tables, e.g. a rule finding: its severity name, the rule id, the message
 * and the addresses of the cells involved.
 *
 * <p>Writers overlay notes on their tables; this type keeps {@code disclosure-io} independent of the rules module.
 */
public final class CellNote {
  private final String severity;
  private final String rule;
  private final String message;
  private final List<String> cells;

  private CellNote(String severity, String rule, String message, List<String> cells) {
    this.severity = requireText(severity, "severity");
    this.rule = requireText(rule, "rule");
    this.message = Objects.requireNonNull(message, "message");
    this.cells = List.copyOf(cells);
  }

  /** Returns a note of the given severity (e.g. {@code ERROR}), rule id, message and cell addresses. */
  public static CellNote of(String severity, String rule, String message, List<String> cells) {
    return new CellNote(severity, rule, message, cells);
  }

  /** Returns the severity name, e.g. {@code ERROR} or {@code WARNING}. */
  public String getSeverity() {
    return severity;
  }

  /** Returns the id of the rule that made the note, e.g. {@code O-T3-1}. */
  public String getRule() {
    return rule;
  }

  public String getMessage() {
    return message;
  }

  /** Returns the addresses of the cells involved (FORMAT.md §6.6), in the order given. */
  public List<String> getCells() {
    return cells;
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CellNote)) {
      return false;
    }
    CellNote that = (CellNote) o;
    return severity.equals(that.severity) && rule.equals(that.rule) && message.equals(that.message)
        && cells.equals(that.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, rule, message, cells);
  }

  @Override
  public String toString() {
    return severity + " " + rule + " " + cells + ": " + message;
  }
}

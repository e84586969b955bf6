package io.github.xxgk.disclosure.io.read;

import java.util.Objects;

/**
 * One cell as printed in a source: its text, unchanged, where it was printed and whether the source marks it as
 * a value cell whose value is unresolved (as our own HTML writer does with {@code class="unresolved"}).
 */
public final class PrintedCell {
  private final String text;
  private final Position position;
  private final boolean unresolved;

  private PrintedCell(String text, Position position, boolean unresolved) {
    this.text = Objects.requireNonNull(text, "text");
    this.position = Objects.requireNonNull(position, "position");
    this.unresolved = unresolved;
  }

  /** Returns a cell with the given text as printed (not trimmed) and its position. */
  public static PrintedCell of(String text, Position position) {
    return new PrintedCell(text, position, false);
  }

  /** Returns a value cell the source marks as unresolved: it is read back unresolved with its printed text. */
  public static PrintedCell unresolved(String text, Position position) {
    return new PrintedCell(text, position, true);
  }

  /** Returns whether the source marks this cell as a value cell whose value is unresolved. */
  public boolean isUnresolved() {
    return unresolved;
  }

  /** Returns the text as printed. */
  public String getText() {
    return text;
  }

  public Position getPosition() {
    return position;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedCell && text.equals(((PrintedCell) o).text)
        && position.equals(((PrintedCell) o).position) && unresolved == ((PrintedCell) o).unresolved;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, position, unresolved);
  }

  @Override
  public String toString() {
    return "'" + text + "'" + (unresolved ? " (unresolved)" : "") + " at " + position;
  }
}

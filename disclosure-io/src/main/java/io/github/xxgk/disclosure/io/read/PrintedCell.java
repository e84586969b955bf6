package io.github.xxgk.disclosure.io.read;

import java.util.Objects;

/** One cell as printed in a source: its text, unchanged, and where it was printed. */
public final class PrintedCell {
  private final String text;
  private final Position position;

  private PrintedCell(String text, Position position) {
    this.text = Objects.requireNonNull(text, "text");
    this.position = Objects.requireNonNull(position, "position");
  }

  /** Returns a cell with the given text as printed (not trimmed) and its position. */
  public static PrintedCell of(String text, Position position) {
    return new PrintedCell(text, position);
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
        && position.equals(((PrintedCell) o).position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, position);
  }

  @Override
  public String toString() {
    return "'" + text + "' at " + position;
  }
}

package io.github.xxgk.disclosure.io.read;

import java.util.List;
import java.util.Objects;

/**
 * One printed row of a table: label cells followed by value cells, in printed order; merged cells already
 * expanded by the reader that built it.
 */
public final class PrintedRow {
  private final List<PrintedCell> cells;
  private final Position position;

  private PrintedRow(List<PrintedCell> cells, Position position) {
    this.cells = List.copyOf(cells);
    this.position = Objects.requireNonNull(position, "position");
  }

  /** Returns a row of the given cells, positioned at its first cell (or unknown when empty). */
  public static PrintedRow of(List<PrintedCell> cells) {
    return new PrintedRow(cells, cells.isEmpty() ? Position.unknown() : cells.get(0).getPosition());
  }

  /** Returns a row of the given cells at the given position. */
  public static PrintedRow of(List<PrintedCell> cells, Position position) {
    return new PrintedRow(cells, position);
  }

  public List<PrintedCell> getCells() {
    return cells;
  }

  /** Returns where the row starts. */
  public Position getPosition() {
    return position;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedRow && cells.equals(((PrintedRow) o).cells)
        && position.equals(((PrintedRow) o).position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, position);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (PrintedCell c : cells) {
      b.append(b.length() == 0 ? "" : " | ").append(c.getText());
    }
    return b + " at " + position;
  }
}

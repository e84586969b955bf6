package io.github.xxgk.disclosure.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One printed row of a table: label cells followed by value cells, in printed order; merged cells already
 * expanded by the reader that built it. A row the source marks as not in the official format (as our own HTML
 * writer does with {@code class="extra"}) holds its label cell followed by its cells, all as printed.
 */
public final class PrintedRow {
  private final List<PrintedCell> cells;
  private final Position position;
  private final boolean extra;

  private PrintedRow(List<PrintedCell> cells, Position position, boolean extra) {
    this.cells = List.copyOf(cells);
    this.position = Objects.requireNonNull(position, "position");
    this.extra = extra;
  }

  /** Returns a row of the given cells, positioned at its first cell (or unknown when empty). */
  public static PrintedRow of(List<PrintedCell> cells) {
    return new PrintedRow(cells, cells.isEmpty() ? Position.unknown() : cells.get(0).getPosition(), false);
  }

  /** Returns a row of the given cells at the given position. */
  public static PrintedRow of(List<PrintedCell> cells, Position position) {
    return new PrintedRow(cells, position, false);
  }

  /** Returns a row the source marks as not in the official format: its label cell, then its cells. */
  public static PrintedRow extra(PrintedCell label, List<PrintedCell> cells, Position position) {
    List<PrintedCell> all = new ArrayList<>();
    all.add(Objects.requireNonNull(label, "label"));
    all.addAll(cells);
    return new PrintedRow(all, position, true);
  }

  /** Returns whether the source marks the row as not in the official format (its first cell is the label). */
  public boolean isExtra() {
    return extra;
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
        && position.equals(((PrintedRow) o).position) && extra == ((PrintedRow) o).extra;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, position, extra);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (PrintedCell c : cells) {
      b.append(b.length() == 0 ? "" : " | ").append(c.getText());
    }
    return b + (extra ? " (extra)" : "") + " at " + position;
  }
}

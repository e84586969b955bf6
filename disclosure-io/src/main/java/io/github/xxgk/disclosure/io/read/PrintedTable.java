package io.github.xxgk.disclosure.io.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One printed table (or a run of table text) with its caption when one was printed. */
public final class PrintedTable {
  private final String caption;
  private final List<PrintedRow> rows;
  private final Position position;

  private PrintedTable(String caption, List<PrintedRow> rows, Position position) {
    this.caption = caption;
    this.rows = List.copyOf(rows);
    this.position = Objects.requireNonNull(position, "position");
  }

  /** Returns a table with no caption, positioned at its first row. */
  public static PrintedTable of(List<PrintedRow> rows) {
    return new PrintedTable(null, rows, rows.isEmpty() ? Position.unknown() : rows.get(0).getPosition());
  }

  /** Returns a table with the given caption (e.g. the heading printed above it) and position. */
  public static PrintedTable of(String caption, List<PrintedRow> rows, Position position) {
    return new PrintedTable(Objects.requireNonNull(caption, "caption"), rows, position);
  }

  /** Returns the caption or heading printed with the table, if any. */
  public Optional<String> getCaption() {
    return Optional.ofNullable(caption);
  }

  public List<PrintedRow> getRows() {
    return rows;
  }

  /** Returns where the table starts. */
  public Position getPosition() {
    return position;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PrintedTable)) {
      return false;
    }
    PrintedTable t = (PrintedTable) o;
    return Objects.equals(caption, t.caption) && rows.equals(t.rows) && position.equals(t.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caption, rows, position);
  }

  @Override
  public String toString() {
    return "PrintedTable[" + (caption == null ? "" : caption + ", ") + rows.size() + " rows at " + position + "]";
  }
}

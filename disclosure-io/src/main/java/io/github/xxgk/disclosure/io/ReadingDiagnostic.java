package io.github.xxgk.disclosure.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An anomaly met while reading a published report, with its position: the reader kept going, never guessed
 * silently, and says here what it did.
 */
public final class ReadingDiagnostic implements Comparable<ReadingDiagnostic> {
  /** What kind of anomaly was met. */
  public enum Kind {
    /** A table the format requires was not found. */
    MISSING_TABLE,
    /** A row the format requires was not found in its table. */
    MISSING_ROW,
    /** A row not in the official format was found; it is kept as an extra row. */
    UNKNOWN_ROW,
    /** A label differs from the official one beyond known variants. */
    LABEL_MISMATCH,
    /** A row printed fewer or more cells than the format has. */
    CELL_COUNT,
    /** Empty cells were dropped by the source; the remaining values could not be placed with certainty. */
    DROPPED_EMPTY_CELLS,
    /** A run of digits could be split into cells in more than one way that satisfies the identities. */
    AMBIGUOUS_SPLIT,
    /** A cell's text could not be read as a number. */
    UNREADABLE_VALUE,
    /** An amount had no unit printed and one was assumed. */
    UNIT_ASSUMED,
    /** The tables are printed in different editions. */
    EDITION_MIXED,
    /** The edition could not be told from the tables and was inferred from the year or the cited notice. */
    EDITION_INFERRED,
    /** Metadata (year, body, date) could not be found or was inferred. */
    METADATA,
    /** Anything else worth telling the caller. */
    OTHER
  }

  private final Kind kind;
  private final String position;
  private final String cell;
  private final String message;
  private final List<String> candidates;

  private ReadingDiagnostic(Kind kind, String position, String cell, String message, List<String> candidates) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.position = Objects.requireNonNull(position, "position");
    this.cell = cell;
    this.message = Objects.requireNonNull(message, "message");
    this.candidates = List.copyOf(candidates);
  }

  /** Returns a diagnostic at the given position, e.g. {@code line 42} or {@code table 3, row 5}. */
  public static ReadingDiagnostic of(Kind kind, String position, String message) {
    return new ReadingDiagnostic(kind, position, null, message, List.of());
  }

  /** Returns a copy naming the cell or row address concerned, e.g. {@code t3.granted}. */
  public ReadingDiagnostic withCell(String address) {
    return new ReadingDiagnostic(kind, position, Objects.requireNonNull(address, "address"), message, candidates);
  }

  /** Returns a copy listing the candidate readings, e.g. the possible splits of a run of digits. */
  public ReadingDiagnostic withCandidates(List<String> candidates) {
    return new ReadingDiagnostic(kind, position, cell, message, candidates);
  }

  public Kind getKind() {
    return kind;
  }

  /** Returns where in the input the anomaly is. */
  public String getPosition() {
    return position;
  }

  /** Returns the address of the cell or row concerned, if any. */
  public Optional<String> getCell() {
    return Optional.ofNullable(cell);
  }

  /** Returns a one-line description in English. */
  public String getMessage() {
    return message;
  }

  /** Returns the candidate readings when the input was ambiguous. */
  public List<String> getCandidates() {
    return candidates;
  }

  @Override
  public int compareTo(ReadingDiagnostic o) {
    int c = kind.compareTo(o.kind);
    if (c == 0) {
      c = position.compareTo(o.position);
    }
    if (c == 0) {
      c = String.valueOf(cell).compareTo(String.valueOf(o.cell));
    }
    return c == 0 ? message.compareTo(o.message) : c;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReadingDiagnostic)) {
      return false;
    }
    ReadingDiagnostic that = (ReadingDiagnostic) o;
    return kind == that.kind && position.equals(that.position) && Objects.equals(cell, that.cell)
        && message.equals(that.message) && candidates.equals(that.candidates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, position, cell, message, candidates);
  }

  @Override
  public String toString() {
    return kind + " at " + position + (cell == null ? "" : " (" + cell + ")") + ": " + message
        + (candidates.isEmpty() ? "" : " " + candidates);
  }
}

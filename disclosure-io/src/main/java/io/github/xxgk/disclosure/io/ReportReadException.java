package io.github.xxgk.disclosure.io;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception every reader throws for input it cannot read, naming the source, the position and the reason:
 * {@code report.json: $.tables.t3.granted.natural_person: expected a whole number, got "abc"}.
 */
public class ReportReadException extends IOException {
  private final String source;
  private final String position;
  private final String reason;

  /** Creates an exception for the given source (file name, may be null), position and reason. */
  public ReportReadException(String source, String position, String reason) {
    this(source, position, reason, null);
  }

  /** Creates an exception with the cause that led to it. */
  public ReportReadException(String source, String position, String reason, Throwable cause) {
    super(format(source, position, reason), cause);
    this.source = source;
    this.position = Objects.requireNonNull(position, "position");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Returns the file or stream name, when known. */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /** Returns where in the input the problem is: a JSON path, {@code line 12, column 5}, {@code page 3}, {@code byte 0}. */
  public String getPosition() {
    return position;
  }

  /** Returns what is wrong, without source or position. */
  public String getReason() {
    return reason;
  }

  /** Returns a copy naming the given source, for callers that know the file name. */
  public ReportReadException withSource(String source) {
    ReportReadException copy = new ReportReadException(source, position, reason, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  private static String format(String source, String position, String reason) {
    return (source == null ? "" : source + ": ") + position + ": " + reason;
  }
}

package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.rules.CheckResult;
import java.util.Optional;

/** One input after checking: the report read and its findings, or the error that kept it from being read. */
final class Checked {
  private final String file;
  private final int record;
  private final ReadResult read;
  private final CheckResult result;
  private final ReportReadException error;

  private Checked(String file, int record, ReadResult read, CheckResult result, ReportReadException error) {
    this.file = file;
    this.record = record;
    this.read = read;
    this.result = result;
    this.error = error;
  }

  /** A report read and checked; {@code record} is its 1-based number in a JSON lines file, else 0. */
  static Checked of(String file, int record, ReadResult read, CheckResult result) {
    return new Checked(file, record, read, result, null);
  }

  /** An input that could not be read. */
  static Checked unreadable(String file, ReportReadException error) {
    return new Checked(file, 0, null, null, error);
  }

  String getFile() {
    return file;
  }

  int getRecord() {
    return record;
  }

  /** Returns the file name, with the record number for a report of a JSON lines file. */
  String getName() {
    return record == 0 ? file : file + "#" + record;
  }

  Optional<ReadResult> getRead() {
    return Optional.ofNullable(read);
  }

  Optional<CheckResult> getResult() {
    return Optional.ofNullable(result);
  }

  Optional<ReportReadException> getError() {
    return Optional.ofNullable(error);
  }

  /** Returns the error as one line: {@code file: position: reason}. */
  static String oneLine(ReportReadException e) {
    return e.getMessage().replace('\n', ' ').replace('\r', ' ');
  }
}

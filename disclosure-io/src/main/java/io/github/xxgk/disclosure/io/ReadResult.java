package io.github.xxgk.disclosure.io;

import io.github.xxgk.disclosure.model.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A report read from a source, with the diagnostics of everything odd met while reading it. */
public final class ReadResult {
  private final Report report;
  private final List<ReadingDiagnostic> diagnostics;

  private ReadResult(Report report, List<ReadingDiagnostic> diagnostics) {
    this.report = Objects.requireNonNull(report, "report");
    List<ReadingDiagnostic> sorted = new ArrayList<>(diagnostics);
    Collections.sort(sorted);
    this.diagnostics = List.copyOf(sorted);
  }

  /** Returns a result with the given diagnostics, kept sorted. */
  public static ReadResult of(Report report, List<ReadingDiagnostic> diagnostics) {
    return new ReadResult(report, diagnostics);
  }

  /** Returns a result with no diagnostics. */
  public static ReadResult of(Report report) {
    return new ReadResult(report, List.of());
  }

  public Report getReport() {
    return report;
  }

  /** Returns the diagnostics, sorted by kind, position, cell and message. */
  public List<ReadingDiagnostic> getDiagnostics() {
    return diagnostics;
  }

  @Override
  public String toString() {
    return "ReadResult[" + report.getBody() + " " + report.getYear() + ", " + diagnostics.size() + " diagnostics]";
  }
}

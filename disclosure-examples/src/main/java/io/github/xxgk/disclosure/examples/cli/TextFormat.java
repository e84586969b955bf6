package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import java.util.List;

/** The text output of {@code check}: a line per report, then its findings and reading diagnostics, indented. */
final class TextFormat {
  /** The most cells listed for a finding; more are counted (the JSON output lists them all). */
  static final int MAX_CELLS = 6;

  private final Lang lang;

  TextFormat(Lang lang) {
    this.lang = lang;
  }

  /** Returns the lines for one checked input, each ending with a newline. */
  String format(Checked checked) {
    StringBuilder b = new StringBuilder(128);
    if (checked.getError().isPresent()) {
      b.append(Checked.oneLine(checked.getError().get())).append(" [").append(lang.unreadable).append("]\n");
      return b.toString();
    }
    ReadResult read = checked.getRead().orElseThrow();
    CheckResult result = checked.getResult().orElseThrow();
    Report report = read.getReport();
    b.append(checked.getName()).append(": ").append(report.getBody()).append(' ').append(report.getYear())
        .append(' ').append(report.getEdition());
    if (result.isEmpty()) {
      b.append(": ").append(lang.ok);
    } else {
      String separator = ": ";
      for (Severity severity : Severity.values()) {
        int count = result.count(severity);
        if (count > 0) {
          b.append(separator).append(count).append(' ').append(lang.severity(severity));
          separator = ", ";
        }
      }
    }
    b.append('\n');
    findings(b, result.getFindings());
    for (ReadingDiagnostic d : read.getDiagnostics()) {
      b.append("  ").append(lang.reading).append(' ').append(d.getPosition()).append(": ").append(d.getKind())
          .append(d.getCell().map(c -> " (" + c + ")").orElse("")).append(": ").append(d.getMessage()).append('\n');
    }
    return b.toString();
  }

  /** Appends each finding as two lines: severity, rule and cells; then its message. */
  void findings(StringBuilder b, List<Finding> findings) {
    for (Finding f : findings) {
      b.append("  ").append(lang.severity(f.getSeverity())).append(' ').append(f.getRuleId());
      List<String> cells = f.getAddresses();
      if (cells.size() > MAX_CELLS) {
        b.append(' ').append(String.join(", ", cells.subList(0, MAX_CELLS - 1))).append(", … (+")
            .append(cells.size() - MAX_CELLS + 1).append(')');
      } else if (!cells.isEmpty()) {
        b.append(' ').append(String.join(", ", cells));
      }
      b.append("\n    ").append(f.getMessage(lang.locale).replace('\n', ' ')).append('\n');
    }
  }
}

package io.github.xxgk.disclosure.rules;

import java.util.Locale;

/** Thrown by {@link CheckResult#orThrow()} when a report has errors; holds the whole result. */
public final class ReportCheckException extends RuntimeException {
  private final transient CheckResult result;

  ReportCheckException(CheckResult result) {
    super(describe(result));
    this.result = result;
  }

  public CheckResult getResult() {
    return result;
  }

  private static String describe(CheckResult result) {
    StringBuilder s = new StringBuilder().append(result.count(Severity.ERROR)).append(" error(s)");
    for (Finding f : result.getFindings(Severity.ERROR)) {
      s.append("\n  ").append(f.getRuleId()).append(' ').append(f.getMessage(Locale.ROOT));
    }
    return s.toString();
  }
}

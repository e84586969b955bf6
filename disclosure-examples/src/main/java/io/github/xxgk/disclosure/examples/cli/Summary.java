package io.github.xxgk.disclosure.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** The counts of a batch: reports read and unreadable, and findings by rule and severity. */
final class Summary {
  private int reports;
  private int unreadable;
  private int withErrors;
  private final Map<String, int[]> byRule = new TreeMap<>();
  private final int[] total = new int[Severity.values().length];

  /** Adds one checked input. */
  void add(Checked checked) {
    if (checked.getError().isPresent()) {
      unreadable++;
      return;
    }
    reports++;
    add(checked.getResult().orElseThrow());
  }

  /** Adds the findings of one check. */
  void add(CheckResult result) {
    if (result.hasErrors()) {
      withErrors++;
    }
    for (Finding f : result.getFindings()) {
      byRule.computeIfAbsent(f.getRuleId(), k -> new int[Severity.values().length])[f.getSeverity().ordinal()]++;
      total[f.getSeverity().ordinal()]++;
    }
  }

  int getReports() {
    return reports;
  }

  int getUnreadable() {
    return unreadable;
  }

  int getWithErrors() {
    return withErrors;
  }

  /** Returns the exit code: 2 when an input was unreadable, else 1 when an ERROR was found, else 0. */
  int exitCode() {
    if (unreadable > 0) {
      return Disclosure.UNREADABLE;
    }
    return total[Severity.ERROR.ordinal()] > 0 ? Disclosure.ERRORS : Disclosure.OK;
  }

  /** Returns the table: a count line, then one row per rule and a total row, columns by severity. */
  String toText(Lang lang) {
    StringBuilder b = new StringBuilder();
    if (lang == Lang.zh) {
      b.append("共 ").append(reports + unreadable).append(" 份：读取 ").append(reports).append(" 份，无法读取 ")
          .append(unreadable).append(" 份，有错误 ").append(withErrors).append(" 份\n");
    } else {
      b.append(reports + unreadable).append(" inputs: ").append(reports).append(" read, ").append(unreadable)
          .append(" unreadable, ").append(withErrors).append(" with errors\n");
    }
    if (byRule.isEmpty()) {
      return b.toString();
    }
    int width = columns(lang.total);
    for (String rule : byRule.keySet()) {
      width = Math.max(width, columns(rule));
    }
    width = Math.max(width, columns(lang.rule)) + 2;
    pad(b, lang.rule, width);
    for (Severity severity : Severity.values()) {
      String heading = lang.severity(severity);
      b.append(" ".repeat(Math.max(1, 8 - columns(heading)))).append(heading);
    }
    b.append('\n');
    for (Map.Entry<String, int[]> row : byRule.entrySet()) {
      row(b, row.getKey(), width, row.getValue());
    }
    row(b, lang.total, width, total);
    return b.toString();
  }

  private static void row(StringBuilder b, String label, int width, int[] counts) {
    pad(b, label, width);
    for (int count : counts) {
      b.append(String.format("%8d", count));
    }
    b.append('\n');
  }

  private static void pad(StringBuilder b, String text, int width) {
    b.append(text).append(" ".repeat(width - columns(text)));
  }

  /** Returns the columns the text takes on a terminal: two for each CJK character, one for others. */
  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); i++) {
      columns += text.charAt(i) >= 0x1100 ? 2 : 1;
    }
    return columns;
  }

  /** Writes the summary as the JSON object of the field {@code summary}. */
  void toJson(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("reports", reports);
    g.writeNumberField("unreadable", unreadable);
    g.writeNumberField("with_errors", withErrors);
    g.writeObjectFieldStart("findings");
    counts(g, total);
    g.writeEndObject();
    g.writeObjectFieldStart("by_rule");
    for (Map.Entry<String, int[]> row : byRule.entrySet()) {
      g.writeObjectFieldStart(row.getKey());
      counts(g, row.getValue());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, int[] counts) throws IOException {
    for (Severity severity : Severity.values()) {
      g.writeNumberField(severity.name(), counts[severity.ordinal()]);
    }
  }
}

package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one check, sorted deterministically: by rule in catalogue order, then by the catalog order of
 * the cells involved, then by text position. Immutable; only {@link #orThrow()} throws.
 */
public final class CheckResult {
  private static final CheckResult EMPTY = new CheckResult(List.of());
  private static final Comparator<Finding> ORDER = CheckResult::compare;

  private final List<Finding> findings;

  private CheckResult(List<Finding> findings) {
    this.findings = findings;
  }

  static CheckResult of(List<Finding> findings) {
    if (findings.isEmpty()) {
      return EMPTY;
    }
    if (findings.size() == 1) {
      return new CheckResult(List.of(findings.get(0)));
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    return new CheckResult(List.copyOf(sorted));
  }

  /** Returns every finding in order. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** Returns the findings of the given severity, in order. */
  public List<Finding> getFindings(Severity severity) {
    List<Finding> selected = new ArrayList<>();
    for (Finding f : findings) {
      if (f.getSeverity() == severity) {
        selected.add(f);
      }
    }
    return selected;
  }

  /** Returns the findings of the given rule, in order. */
  public List<Finding> getFindings(String ruleId) {
    List<Finding> selected = new ArrayList<>();
    for (Finding f : findings) {
      if (f.getRuleId().equals(ruleId)) {
        selected.add(f);
      }
    }
    return selected;
  }

  /** Returns whether any finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Returns whether there are no findings at all. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Returns the number of findings of the given severity. */
  public int count(Severity severity) {
    int n = 0;
    for (Finding f : findings) {
      if (f.getSeverity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** Returns the number of findings per severity, every severity present. */
  public Map<Severity, Integer> getCounts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, count(s));
    }
    return counts;
  }

  /** Returns this result, or throws {@link ReportCheckException} when it has errors. */
  public CheckResult orThrow() {
    if (hasErrors()) {
      throw new ReportCheckException(this);
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckResult && findings.equals(((CheckResult) o).findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "CheckResult" + getCounts() + findings;
  }

  /** By rule, cells, section, offset, values, severity (the values' text only when all before are equal). */
  private static int compare(Finding a, Finding b) {
    int c = Integer.compare(a.getRule().order, b.getRule().order);
    if (c == 0) {
      c = compareCells(a, b);
    }
    if (c == 0) {
      c = Integer.compare(ordinal(a), ordinal(b));
    }
    if (c == 0) {
      c = Integer.compare(a.getOffset().orElse(-1), b.getOffset().orElse(-1));
    }
    if (c == 0) {
      c = a.getValues().toString().compareTo(b.getValues().toString());
    }
    if (c == 0) {
      c = a.getSeverity().compareTo(b.getSeverity());
    }
    return c;
  }

  private static int ordinal(Finding f) {
    return f.getSection().map(Enum::ordinal).orElse(-1);
  }

  private static int compareCells(Finding a, Finding b) {
    List<Cell> x = a.getCells();
    List<Cell> y = b.getCells();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = Integer.compare(x.get(i).getOrdinal(), y.get(i).getOrdinal());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}

package io.github.xxgk.disclosure.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A severity profile: rules switched off or given another severity, without a code change.
 *
 * <p>The text form has one {@code RULE-ID=off|ERROR|WARNING|NOTICE} per line; blank lines and lines starting with
 * {@code #} are ignored, e.g. {@code H-T2-1=off} or {@code S-T4-1=WARNING}. Immutable.
 */
public final class Profile {
  private static final Profile STANDARD = new Profile(Map.of());
  private static final String OFF = "off";

  // rule id -> severity, or null when off
  private final Map<String, Severity> overrides;
  // per rule, by catalogue order: its severity, or null when off
  private final Severity[] severities;

  private Profile(Map<String, Severity> overrides) {
    this.overrides = overrides;
    List<Rule> rules = Rules.all();
    this.severities = new Severity[rules.size()];
    for (Rule rule : rules) {
      severities[rule.order] = overrides.containsKey(rule.getId()) ? overrides.get(rule.getId())
          : rule.getDefaultSeverity();
    }
  }

  /** Returns the profile with every rule on at its default severity. */
  public static Profile standard() {
    return STANDARD;
  }

  /** Returns a new builder starting from the standard profile. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parses the text form; an unknown rule or severity is an error naming the line. */
  public static Profile parse(CharSequence text) {
    Builder builder = builder();
    String[] lines = text.toString().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("line " + (i + 1) + ": expected RULE-ID=off|ERROR|WARNING|NOTICE: " + line);
      }
      String id = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (Rules.find(id).isEmpty()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": unknown rule: " + id);
      }
      if (value.equalsIgnoreCase(OFF)) {
        builder.off(id);
        continue;
      }
      Severity severity;
      try {
        severity = Severity.valueOf(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": severity must be off, ERROR, WARNING or NOTICE: " + value, e);
      }
      builder.severity(id, severity);
    }
    return builder.build();
  }

  /** Reads the text form from a UTF-8 file; a malformed line is an error naming the file and the line. */
  public static Profile read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** Returns whether the rule is checked. */
  public boolean isEnabled(Rule rule) {
    return severities[rule.order] != null;
  }

  /** Returns the severity of the rule's findings, empty when the rule is off. */
  public Optional<Severity> getSeverity(Rule rule) {
    return Optional.ofNullable(severities[rule.order]);
  }

  /** Returns the severity of the rule's findings, or null when the rule is off. */
  Severity severity(Rule rule) {
    return severities[rule.order];
  }

  /** Returns the text form, one override per line in catalogue order. */
  public String toText() {
    StringBuilder s = new StringBuilder();
    for (Rule rule : Rules.all()) {
      if (overrides.containsKey(rule.getId())) {
        Severity severity = overrides.get(rule.getId());
        s.append(rule.getId()).append('=').append(severity == null ? OFF : severity.name()).append('\n');
      }
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile && overrides.equals(((Profile) o).overrides);
  }

  @Override
  public int hashCode() {
    return overrides.hashCode();
  }

  @Override
  public String toString() {
    return "Profile" + overrides.keySet();
  }

  /** Builds a profile; not thread-safe. */
  public static final class Builder {
    private final Map<String, Severity> overrides = new LinkedHashMap<>();

    private Builder() {}

    /** Switches the rule off. */
    public Builder off(String ruleId) {
      overrides.put(Rules.get(ruleId).getId(), null);
      return this;
    }

    /** Gives the rule's findings the given severity. */
    public Builder severity(String ruleId, Severity severity) {
      overrides.put(Rules.get(ruleId).getId(), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Returns the profile with the choices made so far. */
    public Profile build() {
      return new Profile(new LinkedHashMap<>(overrides));
    }
  }
}

package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem found in a report: the rule, its severity, every cell involved (each with its FORMAT.md §6.6
 * address and Chinese label path), the reported and computed values, and for narrative findings the section,
 * character offset and quoted phrase.
 *
 * <p>The message is built only when asked, from the rule's template and the finding's named values. Immutable.
 */
public final class Finding {
  private final Rule rule;
  private final Severity severity;
  private final List<Cell> cells;
  private final BigDecimal reported;
  private final BigDecimal computed;
  private final Section section;
  private final int offset;
  private final String quote;
  private final Map<String, Object> values;

  private Finding(Builder b, Severity severity) {
    this.rule = b.rule;
    this.severity = severity;
    this.cells = List.copyOf(b.cells);
    this.reported = b.reported;
    this.computed = b.computed;
    this.section = b.section;
    this.offset = b.offset;
    this.quote = b.quote;
    // the builder is discarded once built: its map is wrapped, not copied
    this.values = b.values == null ? Map.of() : Collections.unmodifiableMap(b.values);
  }

  static Builder of(Rule rule) {
    return new Builder(rule);
  }

  public Rule getRule() {
    return rule;
  }

  /** Returns the id of the rule, e.g. {@code S-T3-2}. */
  public String getRuleId() {
    return rule.getId();
  }

  /** Returns the severity: the rule's default or the one a {@link Profile} gave it. */
  public Severity getSeverity() {
    return severity;
  }

  public Category getCategory() {
    return rule.getCategory();
  }

  /** Returns every cell involved, the reported side first. */
  public List<Cell> getCells() {
    return cells;
  }

  /** Returns the addresses of {@link #getCells()}. */
  public List<String> getAddresses() {
    List<String> addresses = new ArrayList<>(cells.size());
    for (Cell cell : cells) {
      addresses.add(cell.getAddress());
    }
    return addresses;
  }

  /** Returns the value the report states (for an amount, in 元). */
  public Optional<BigDecimal> getReported() {
    return Optional.ofNullable(reported);
  }

  /** Returns the value the rule computes from other cells or reports. */
  public Optional<BigDecimal> getComputed() {
    return Optional.ofNullable(computed);
  }

  /** Returns reported minus computed, when both are known. */
  public Optional<BigDecimal> getDifference() {
    return reported == null || computed == null ? Optional.empty() : Optional.of(reported.subtract(computed));
  }

  /** Returns the section whose text the finding is located in, for narrative findings. */
  public Optional<Section> getSection() {
    return Optional.ofNullable(section);
  }

  /** Returns the character offset of the quoted phrase in the section text, for narrative findings. */
  public OptionalInt getOffset() {
    return offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset);
  }

  /** Returns the phrase or printed text quoted by the finding. */
  public Optional<String> getQuote() {
    return Optional.ofNullable(quote);
  }

  /** Returns the named values the message template refers to, beyond the reported and computed values. */
  public Map<String, Object> getValues() {
    return values;
  }

  /** Returns the message in Chinese ({@code zh}) or English (any other language). */
  public String getMessage(Locale locale) {
    return Template.format(rule.getTemplate(locale), this::value);
  }

  /** Returns the value of a named template parameter as text, or empty when the finding has none. */
  public Optional<String> getParameter(String name) {
    return Optional.ofNullable(value(name));
  }

  private String value(String name) {
    switch (name) {
      case "reported":
        return reported == null ? null : reported.toPlainString();
      case "computed":
        return computed == null ? null : computed.toPlainString();
      case "difference":
        return getDifference().map(BigDecimal::toPlainString).orElse(null);
      case "cell":
        return cells.isEmpty() ? null : cells.get(0).getLabelPath();
      case "address":
        return cells.isEmpty() ? null : cells.get(0).getAddress();
      case "quote":
        return quote;
      case "offset":
        return offset < 0 ? null : Integer.toString(offset);
      case "section":
        return section == null ? null : section.getTitle();
      default:
        Object value = values.get(name);
        return value == null ? null : Template.text(value);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) o;
    return rule == that.rule && severity == that.severity && cells.equals(that.cells)
        && compare(reported, that.reported) && compare(computed, that.computed) && section == that.section
        && offset == that.offset && Objects.equals(quote, that.quote) && values.equals(that.values);
  }

  private static boolean compare(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule.getId(), severity, cells, section, offset, quote);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(severity).append(' ').append(rule.getId()).append(' ')
        .append(getAddresses());
    if (reported != null) {
      s.append(" reported=").append(reported.toPlainString());
    }
    if (computed != null) {
      s.append(" computed=").append(computed.toPlainString());
    }
    if (section != null) {
      s.append(" section=").append(section.getId()).append('@').append(offset);
    }
    if (quote != null) {
      s.append(" quote=").append(quote);
    }
    return s.toString();
  }

  /** Collects the parts of one finding; package-private. */
  static final class Builder {
    private final Rule rule;
    private final List<Cell> cells = new ArrayList<>(4);
    private BigDecimal reported;
    private BigDecimal computed;
    private Section section;
    private int offset = -1;
    private String quote;
    private Map<String, Object> values;

    private Builder(Rule rule) {
      this.rule = rule;
    }

    Builder cell(Cell cell) {
      cells.add(cell);
      return this;
    }

    Builder cells(Cell... more) {
      Collections.addAll(cells, more);
      return this;
    }

    Builder cells(List<Cell> more) {
      cells.addAll(more);
      return this;
    }

    Builder reported(long value) {
      return reported(BigDecimal.valueOf(value));
    }

    Builder reported(BigDecimal value) {
      this.reported = value;
      return this;
    }

    Builder computed(long value) {
      return computed(BigDecimal.valueOf(value));
    }

    Builder computed(BigDecimal value) {
      this.computed = value;
      return this;
    }

    Builder text(Section section, int offset, String quote) {
      this.section = section;
      this.offset = offset;
      this.quote = quote;
      return this;
    }

    Builder quote(String quote) {
      this.quote = quote;
      return this;
    }

    Builder value(String name, Object value) {
      if (values == null) {
        values = new LinkedHashMap<>(8);
      }
      values.put(name, Objects.requireNonNull(value, name));
      return this;
    }

    Rule rule() {
      return rule;
    }

    /** Returns the finding; called once, the builder is discarded after. */
    Finding build(Severity severity) {
      return new Finding(this, severity);
    }
  }
}

package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as printed, in no particular format: title, metadata lines, section texts and tables, everything as
 * text with positions. HTML, text and PDF readers build one; {@link ReportMapper} turns it into a report.
 */
public final class PrintedDocument {
  private final String source;
  private final String title;
  private final List<String> metadata;
  private final Map<Section, String> sections;
  private final List<PrintedTable> tables;

  private PrintedDocument(Builder b) {
    this.source = b.source;
    this.title = b.title;
    this.metadata = List.copyOf(b.metadata);
    this.sections = Collections.unmodifiableMap(new EnumMap<>(b.sections));
    this.tables = List.copyOf(b.tables);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the name of the source (file name or URL) for messages, if known. */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /** Returns the title as printed, if found. */
  public Optional<String> getTitle() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns metadata lines as printed around the article, e.g. {@code 索引号:zfb/1583997006845} or
   * {@code 发文日期: 2020-02-19}, and the signature lines (issuing body, date).
   */
  public List<String> getMetadata() {
    return metadata;
  }

  /** Returns the text of each section found, in section order. */
  public Map<Section, String> getSections() {
    return sections;
  }

  /** Returns the tables in printed order. */
  public List<PrintedTable> getTables() {
    return tables;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PrintedDocument)) {
      return false;
    }
    PrintedDocument d = (PrintedDocument) o;
    return Objects.equals(source, d.source) && Objects.equals(title, d.title) && metadata.equals(d.metadata)
        && sections.equals(d.sections) && tables.equals(d.tables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, title, metadata, sections, tables);
  }

  @Override
  public String toString() {
    return "PrintedDocument[" + (source == null ? "" : source + ", ") + (title == null ? "untitled" : title) + ", "
        + tables.size() + " tables]";
  }

  /** Builds a {@link PrintedDocument}; not thread-safe. */
  public static final class Builder {
    private String source;
    private String title;
    private final List<String> metadata = new ArrayList<>();
    private final Map<Section, String> sections = new EnumMap<>(Section.class);
    private final List<PrintedTable> tables = new ArrayList<>();

    private Builder() {}

    /** Sets the name of the source. */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets the title as printed. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** Adds a metadata line. */
    public Builder addMetadata(String line) {
      metadata.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /** Sets the text of a section. */
    public Builder section(Section section, String text) {
      sections.put(Objects.requireNonNull(section, "section"), Objects.requireNonNull(text, "text"));
      return this;
    }

    /** Adds a table. */
    public Builder addTable(PrintedTable table) {
      tables.add(Objects.requireNonNull(table, "table"));
      return this;
    }

    /** Returns the document. */
    public PrintedDocument build() {
      return new PrintedDocument(this);
    }
  }
}

package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Section;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report from text scraped or extracted from a published page or PDF, in every flattening of FORMAT.md
 * §6.4: pipe rows, one cell per line, pipe with a newline per cell, Markdown tables, column-aligned PDF text, number
 * runs and cells run together with no separator. Thread-safe.
 */
public final class TextReportReader {
  private static final Pattern TABLE_START = Pattern.compile("第\\s*二\\s*十\\s*条\\s*第|信息内容");
  private static final Pattern METADATA = Pattern.compile("索引号|发文日期|发布日期|成文日期|发布机构|文\\s*号[:：]");
  private static final Pattern TITLE = Pattern.compile("报告");
  private static final Pattern TITLE_CONTINUED = Pattern.compile("[0-9]|(?:工作)?年度报告$|.{0,8}$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]?\\s*[0-9]{1,3}\\s*[-—–]?");
  private static final Pattern TITLE_MARKUP = Pattern.compile("^[#*\\s]+|[*\\s]+$");

  private final ReadOptions options;

  private TextReportReader(ReadOptions options) {
    this.options = options;
  }

  /** Returns a reader with the default limits. */
  public static TextReportReader of() {
    return new TextReportReader(ReadOptions.defaults());
  }

  /** Returns a reader with the given limits. */
  public static TextReportReader of(ReadOptions options) {
    return new TextReportReader(Objects.requireNonNull(options, "options"));
  }

  /** Reads a text file; the charset comes from the bytes (BOM, else UTF-8 if valid, else GB18030). */
  public ReadResult read(Path path) throws ReportReadException {
    byte[] bytes = Inputs.read(path, options);
    return read(bytes, Inputs.sourceName(path));
  }

  /** Reads text from a stream, refusing more than the size limit. */
  public ReadResult read(InputStream in, String source) throws ReportReadException {
    return read(Inputs.read(in, source, options), source);
  }

  /** Reads text from bytes; the charset comes from the bytes. */
  public ReadResult read(byte[] bytes, String source) throws ReportReadException {
    Inputs.checkSize(bytes, source, options);
    Inputs.Decoded decoded = Inputs.decode(bytes, false);
    return Inputs.withDiagnostics(read(decoded.text, source), decoded.diagnostics);
  }

  /** Reads a report from text. */
  public ReadResult read(String text, String source) throws ReportReadException {
    if (text.length() > options.getMaxBytes()) {
      throw new ReportReadException(source, "character " + options.getMaxBytes(),
          "input is larger than the limit of " + options.getMaxBytes() + " characters");
    }
    long deadline = System.nanoTime() + options.getTimeout().toNanos();
    ReadResult result = Inputs.withinTimeLimit(options, source, () -> ReportMapper.of().map(parse(text, source)));
    Inputs.checkDeadline(deadline, source, "end of input");
    return result;
  }

  /** Returns the text as a printed document (title, metadata lines, sections, table rows), without mapping it. */
  public PrintedDocument parse(String text, String source) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!normalized.isEmpty() && normalized.charAt(0) == '\uFEFF') {
      normalized = " " + normalized.substring(1);
    }
    PrintedDocument.Builder document = PrintedDocument.builder();
    if (source != null) {
      document.source(source);
    }
    String[] lines = normalized.split("\n", -1);
    String title = null;
    for (int i = 0; i < Math.min(lines.length, 15) && title == null; i++) {
      String line = TITLE_MARKUP.matcher(lines[i].strip()).replaceAll("");
      if (TITLE.matcher(line).find() && line.length() <= 80) {
        title = line;
        if (TITLE_CONTINUED.matcher(line).lookingAt()) {
          for (int j = i - 1; j >= 0; j--) {
            String previous = TITLE_MARKUP.matcher(lines[j].strip()).replaceAll("");
            if (previous.isEmpty()) {
              continue;
            }
            if (previous.length() <= 40 && !previous.contains("。") && !previous.equals("正文")
                && !PAGE_NUMBER.matcher(previous).matches()) {
              title = previous + line;
            }
            break;
          }
        }
      }
    }
    if (title == null) {
      for (String line : lines) {
        if (!line.isBlank()) {
          String t = line.strip();
          title = TITLE_MARKUP.matcher(t.length() > 80 ? t.substring(0, 80) : t).replaceAll("");
          break;
        }
      }
    }
    if (title != null && !title.isEmpty()) {
      document.title(title);
    }
    for (String line : lines) {
      Deadline.tick("metadata");
      if (line.length() <= 300 && METADATA.matcher(line).find()) {
        document.addMetadata(line.strip());
      }
    }
    Sections sections = Sections.find(normalized);
    for (var e : sections.texts().entrySet()) {
      document.section(e.getKey(), e.getValue());
    }
    int from = -1;
    Matcher start = TABLE_START.matcher(normalized);
    int after = Math.max(0, Math.max(sections.start(Section.OVERVIEW), sections.start(Section.PROACTIVE_DISCLOSURE)));
    if (start.find(after)) {
      from = start.start();
    }
    if (from < 0) {
      from = Math.max(0, sections.start(Section.PROACTIVE_DISCLOSURE));
    }
    int to = sections.start(Section.PROBLEMS_IMPROVEMENTS);
    if (to < from) {
      to = normalized.length();
    }
    document.addTable(PrintedTable.of(TextRows.rows(normalized, from, to)));
    return document.build();
  }
}

package io.github.xxgk.disclosure.io.csv;

import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records, keeping each field's line and whether it was quoted: an unquoted empty field
 * is absent, a quoted one ({@code ""}) is the empty text.
 */
final class CsvParser {
  /** The longest field accepted, in characters. */
  static final int MAX_FIELD = 16 * 1024 * 1024;

  /** One record: its fields (null when absent) and the line it starts on. */
  static final class Record {
    final int line;
    final List<String> fields;

    Record(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }
  }

  private final Reader in;
  private final String source;
  private int line = 1;
  private int peeked = -2;

  CsvParser(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /** Returns the next record, or null at the end of the input. */
  Record next() throws IOException {
    int c = peek();
    if (c == -1) {
      return null;
    }
    int start = line;
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field(fields.size() + 1));
      c = read();
      if (c == ',') {
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        newLine();
      } else if (c == '\n') {
        newLine();
      }
      return new Record(start, fields);
    }
  }

  private String field(int index) throws IOException {
    int c = peek();
    if (c != '"') {
      StringBuilder text = new StringBuilder();
      while ((c = peek()) != -1 && c != ',' && c != '\r' && c != '\n') {
        if (c == '"') {
          throw error(index, "a quote inside an unquoted field; quote the whole field and double the quote");
        }
        append(text, read(), index);
      }
      return text.length() == 0 ? null : text.toString();
    }
    int startLine = line;
    read();
    StringBuilder text = new StringBuilder();
    while (true) {
      c = read();
      if (c == -1) {
        throw new ReportReadException(source, "line " + startLine + ", column " + index,
            "quoted field not closed before the end of the input");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          append(text, '"', index);
          continue;
        }
        int next = peek();
        if (next != -1 && next != ',' && next != '\r' && next != '\n') {
          throw error(index, "unexpected " + describe(next) + " after the closing quote");
        }
        return text.toString();
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        newLine();
      }
      append(text, c, index);
    }
  }

  private void append(StringBuilder text, int c, int index) throws ReportReadException {
    if (text.length() >= MAX_FIELD) {
      throw error(index, "field longer than " + MAX_FIELD + " characters");
    }
    text.append((char) c);
  }

  private ReportReadException error(int index, String reason) {
    return new ReportReadException(source, "line " + line + ", column " + index, reason);
  }

  private void newLine() {
    line++;
  }

  private static String describe(int c) {
    return Character.isISOControl(c) ? String.format("character U+%04X", c) : "'" + (char) c + "'";
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = in.read();
    }
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    return c;
  }
}

package io.github.xxgk.disclosure.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input the command reads, told apart by content, never by file name. */
enum InputKind {
  /** Canonical JSON of one report. */
  JSON,
  /** JSON lines: one report per line. */
  JSON_LINES,
  /** The CSV written by {@code convert --to csv} (its header starts {@code record,address,}). */
  CSV,
  /** A published HTML page. */
  HTML,
  /** A PDF as published. */
  PDF,
  /** Scraped page text, PDF-extracted text or Markdown. */
  TEXT,
  /** Bytes that are no text (a NUL byte in the first block) and no PDF. */
  BINARY;

  /** How many bytes {@link #detect(byte[], int)} needs to tell text kinds apart. */
  static final int HEAD = 8192;
  /** How many bytes it needs to tell JSON from JSON lines: the whole first line of a JSON lines file. */
  static final int JSON_HEAD = 1 << 20;

  private static final String CSV_HEADER = "record,address,";

  /**
   * Returns the kind of the input whose first {@code length} bytes are given: at least {@link #HEAD} of them, or
   * {@link #JSON_HEAD} to tell a JSON lines file with long lines from JSON, or the whole input when shorter.
   */
  static InputKind detect(byte[] head, int length) {
    int start = 0;
    if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      start = 3;
    }
    if (indexOf(head, Math.min(length, 1024), "%PDF-") >= 0) {
      return PDF;
    }
    for (int i = 0; i < Math.min(length, HEAD); i++) {
      if (head[i] == 0) {
        return BINARY;
      }
    }
    int first = start;
    while (first < length && isSpace(head[first])) {
      first++;
    }
    if (first == length) {
      return TEXT;
    }
    if (startsWith(head, length, start, CSV_HEADER)) {
      return CSV;
    }
    if (head[first] == '{' || head[first] == '[') {
      return isJsonLines(head, length, first) ? JSON_LINES : JSON;
    }
    if (head[first] == '<') {
      return HTML;
    }
    int textLength = Math.max(0, Math.min(length, HEAD) - start);
    String text = new String(head, start, textLength, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return text.contains("<html") || text.contains("<body") || text.contains("<table") ? HTML : TEXT;
  }

  /** A first line that is a whole object, followed by a line starting another object. */
  private static boolean isJsonLines(byte[] head, int length, int first) {
    if (head[first] != '{') {
      return false;
    }
    int end = first;
    while (end < length && head[end] != '\n') {
      end++;
    }
    if (end == length) {
      return false;
    }
    int last = end - 1;
    while (last > first && isSpace(head[last])) {
      last--;
    }
    if (head[last] != '}') {
      return false;
    }
    int next = end + 1;
    while (next < length && isSpace(head[next])) {
      next++;
    }
    return next < length && head[next] == '{';
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private static boolean startsWith(byte[] head, int length, int at, String prefix) {
    if (length - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (head[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] head, int length, String needle) {
    outer:
    for (int i = 0; i + needle.length() <= length; i++) {
      if (head[i] != needle.charAt(0)) {
        continue;
      }
      for (int j = 1; j < needle.length(); j++) {
        if (head[i + j] != needle.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

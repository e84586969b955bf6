package io.github.xxgk.disclosure.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds table rows from text, whatever its flattening (FORMAT.md §6.4): pipe rows, one cell per line, pipe with
 * a newline per cell, Markdown tables, column-aligned PDF text and cells run together with no separator. Labels
 * and numbers are told apart; a row is a run of labels followed by a run of values.
 */
final class TextRows {
  private static final Pattern RUN = Pattern.compile(
      "[+\\-]?\\d+(?:[.,]\\d+)*(?:[ \\t\\u00a0\\u3000]+[+\\-]?\\d+(?:[.,]\\d+)*)*(?:\\s*(?:亿元|万元|元))?");
  private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("^\\s*[-—–]\\s*\\d{1,3}\\s*[-—–]\\s*$");
  private static final Pattern INLINE_PAGE_NUMBER = Pattern.compile("[—–]\\s*\\d{1,3}\\s*[—–]");
  private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
  private static final Pattern NOISE = Pattern.compile("<!--.*?-->|<[^>\\n]{1,200}>|[\\w.#-]+\\s*\\{[^{}\\n]*\\}");
  private static final Pattern WIDE_GAP = Pattern.compile("\\t|[ \\u00a0\\u3000]{2,}");
  /** Characters that, printed right after a number, make it part of prose or a label (2021年, 30号, 5个). */
  private static final String PROSE_AFTER = "年月日时件个条项次人家名份期批号%％位户余多天篇类起场届所座〕]】）)：:度周岁万亿笔";
  private static final String PROSE_BEFORE = "〔[【第(（";

  private final String text;
  private final List<PrintedRow> rows = new ArrayList<>();
  private List<PrintedCell> labels = new ArrayList<>();
  private List<PrintedCell> values = new ArrayList<>();
  private boolean numeric;
  /** Whether pipe rows are bordered (Markdown: `| a | b |`): then a blank segment before the first pipe is no cell. */
  private boolean leadingBorder = true;

  private TextRows(String text) {
    this.text = text;
  }

  /** Returns the rows of the text between the given offsets; line numbers count from the start of the text. */
  static List<PrintedRow> rows(String text, int from, int to) {
    TextRows t = new TextRows(text);
    t.scan(from, to);
    return t.rows;
  }

  private void scan(int from, int to) {
    int line = 1;
    for (int i = 0; i < from; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    leadingBorder = leadingBorder(lineStart, to);
    int pos = lineStart;
    while (pos < to) {
      int end = text.indexOf('\n', pos);
      if (end < 0 || end > to) {
        end = to;
      }
      int start = Math.max(pos, from);
      Deadline.tick("line " + line);
      scanLine(text.substring(start, end), line, start - pos + 1, start);
      pos = end + 1;
      line++;
    }
    emit();
  }

  /**
   * Tells bordered pipe rows (most pipe lines start with a pipe) from open ones (`行政许可 | 36 | +16 |`), where a
   * blank segment before the first pipe is a blank first cell of the row.
   */
  private boolean leadingBorder(int from, int to) {
    int bordered = 0;
    int open = 0;
    int pos = from;
    while (pos < to) {
      int end = text.indexOf('\n', pos);
      if (end < 0 || end > to) {
        end = to;
      }
      int pipe = text.indexOf('|', pos);
      if (pipe >= 0 && pipe < end) {
        if (text.substring(pos, pipe).isBlank()) {
          bordered++;
        } else {
          open++;
        }
      }
      pos = end + 1;
    }
    return bordered >= open;
  }

  private void scanLine(String raw, int line, int firstColumn, int offset) {
    if (PAGE_NUMBER_LINE.matcher(raw).matches() || MARKDOWN_RULE.matcher(raw).matches()) {
      return;
    }
    String s = blankOut(raw, NOISE);
    s = blankOut(s, INLINE_PAGE_NUMBER);
    boolean pipe = s.indexOf('|') >= 0;
    int valuesBefore = values.size();
    List<int[]> cells = new ArrayList<>();
    if (pipe) {
      int cellStart = 0;
      for (int i = 0; i <= s.length(); i++) {
        if (i == s.length() || s.charAt(i) == '|') {
          cells.add(new int[] {cellStart, i});
          cellStart = i + 1;
        }
      }
      if (leadingBorder && !cells.isEmpty() && s.substring(cells.get(0)[0], cells.get(0)[1]).isBlank()) {
        cells.remove(0);
      }
      if (!cells.isEmpty() && s.substring(cells.get(cells.size() - 1)[0], cells.get(cells.size() - 1)[1]).isBlank()) {
        cells.remove(cells.size() - 1);
      }
    } else {
      Matcher gap = WIDE_GAP.matcher(s);
      int cellStart = 0;
      while (gap.find()) {
        cells.add(new int[] {cellStart, gap.start()});
        cellStart = gap.end();
      }
      cells.add(new int[] {cellStart, s.length()});
    }
    for (int[] c : cells) {
      String cell = s.substring(c[0], c[1]);
      Position position = Position.ofLine(line, firstColumn + c[0], offset + c[0]);
      if (cell.isBlank()) {
        if (pipe) {
          value(PrintedCell.of(cell.strip(), position));
        }
        continue;
      }
      String stripped = cell.strip();
      if (pipe && Values.isBlank(stripped)) {
        // between pipes a blank marker (/, —, 无) is a blank cell of the row, not a label starting the next row
        value(PrintedCell.of(cell, position));
        continue;
      }
      if (pipe && !Character.isDigit(stripped.charAt(0)) && "+-.".indexOf(stripped.charAt(0)) < 0) {
        int lead = cell.indexOf(stripped);
        label(PrintedCell.of(stripped, Position.ofLine(line, firstColumn + c[0] + lead, offset + c[0] + lead)));
        continue;
      }
      segment(cell, line, firstColumn + c[0], offset + c[0]);
    }
    if (pipe && values.size() > valuesBefore) {
      emit();
    }
  }

  private static String blankOut(String s, Pattern p) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        b.setCharAt(i, ' ');
      }
    } while (m.find());
    return b.toString();
  }

  /** Splits one cell's text into label and value runs. */
  private void segment(String cell, int line, int column, int offset) {
    Matcher m = RUN.matcher(cell);
    int labelStart = 0;
    int searchFrom = 0;
    while (searchFrom < cell.length() && m.find(searchFrom)) {
      int start = m.start();
      int end = m.end();
      searchFrom = end;
      char before = start > 0 ? cell.charAt(start - 1) : ' ';
      int next = end;
      while (next < cell.length() && Character.isWhitespace(cell.charAt(next))) {
        next++;
      }
      char after = next < cell.length() ? cell.charAt(next) : ' ';
      if (PROSE_BEFORE.indexOf(before) >= 0 || PROSE_AFTER.indexOf(after) >= 0
          || Character.isLetter(before) && !isHan(before) || Character.isLetter(after) && !isHan(after)) {
        continue;
      }
      if ((after == '.' || after == '．' || after == '、') && end + 1 <= cell.length()
          && (end + 1 == cell.length() || !Character.isDigit(cell.charAt(end + 1)))) {
        // an enumerator (1. 2、) starts the next label: the run's last digit belongs to it
        end--;
        while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
          end--;
        }
        if (end <= start) {
          continue;
        }
      }
      String label = cell.substring(labelStart, start);
      if (!label.isBlank()) {
        label(PrintedCell.of(label.strip(), Position.ofLine(line, column + labelStart, offset + labelStart)));
      }
      value(PrintedCell.of(cell.substring(start, end), Position.ofLine(line, column + start, offset + start)));
      labelStart = end;
    }
    String label = cell.substring(labelStart);
    if (!label.isBlank()) {
      label(PrintedCell.of(label.strip(), Position.ofLine(line, column + labelStart, offset + labelStart)));
    }
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private void label(PrintedCell cell) {
    if (!values.isEmpty()) {
      emit();
    }
    labels.add(cell);
  }

  private void value(PrintedCell cell) {
    values.add(cell);
    numeric |= Values.hasDigit(cell.getText());
  }

  private void emit() {
    if (labels.isEmpty() && values.isEmpty()) {
      return;
    }
    List<PrintedCell> cells = new ArrayList<>(labels);
    cells.addAll(values);
    rows.add(PrintedRow.of(cells));
    labels = new ArrayList<>();
    values = new ArrayList<>();
    numeric = false;
  }
}

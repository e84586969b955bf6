package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.util.List;
import java.util.Map;

/**
 * Numbers stated in the section texts vs the tables (H-T3-4, H-T4-1): Arabic numerals in the phrases below, each
 * finding located by character offset with the phrase quoted. Numbers written in Chinese characters are not read.
 *
 * <p>The phrases, as the regular expressions they were first written as (GAP is one character other than
 * {@code ，。；,;：:} and an ASCII digit; CASE_GAP also not 案; lazy gaps, counted in code points):
 * <ol>
 *   <li>{@code (?:新收|收到|受理|接到|接收)GAP{0,20}?申请GAP{0,8}?(\d+)\s*(?:件|个|条)}: t3.new_received.total;
 *   <li>{@code (?:上年度?|上一年度?)结转GAP{0,12}?(\d+)\s*件}: t3.carried_over_from_previous.total;
 *   <li>{@code 结转(?:至|到)?下一?年度?GAP{0,12}?(\d+)\s*件}: t3.carried_over_to_next.total;
 *   <li>{@code (?:共办理|共答复|办结|答复了?(?:政府信息公开)?申请)CASE_GAP{0,12}?(\d+)\s*件}: t3.outcomes_total.total;
 *   <li>{@code 行政复议GAP{0,8}?(\d+)\s*(?:件|起|宗)}: t4.review.total;
 *   <li>{@code (?<!复议后起)(?:行政)?诉讼GAP{0,8}?(\d+)\s*(?:件|起|宗)}: t4.litigation_direct.total +
 *       t4.litigation_after_review.total.
 * </ol>
 * They are matched by hand in one pass over each text, with {@code find()} semantics (leftmost start, the next
 * search from the end of a match, alternatives and lazy gaps tried in order): no regular expression, no allocation
 * unless a number disagrees.
 */
final class Narrative {
  private static final int RECEIVED = 0;
  private static final int CARRIED_FROM = 1;
  private static final int CARRIED_TO = 2;
  private static final int OUTCOMES = 3;
  private static final int REVIEW = 4;
  private static final int LITIGATION = 5;
  private static final int PHRASES = 6;
  /** The phrases of table 三 and of table 四, as bit sets of phrase numbers. */
  private static final int T3_PHRASES = 0b001111;
  private static final int T4_PHRASES = 0b110000;

  /** Per phrase: the 总计 cells whose sum the stated number is compared with. */
  private static final Cell[][] CELLS;
  /** Per phrase: the parts of each 总计 cell's row (a blank 总计 stands for their sum). */
  private static final Cell[][][] PARTS;
  /** Per phrase: the message's {@code target} value. */
  private static final String[] TARGETS = new String[PHRASES];
  /** The cell of H-T3-3: requests closed for unpaid fees. */
  private static final Cell FEE_UNPAID = Catalog.of(Edition.GOV_2021).get("t3.other_fee_unpaid_overdue.total");
  /** Per set of phrases (a bit set of phrase numbers): the characters one of them can start with. */
  private static final char[][] START_CHARS = new char[1 << PHRASES][];

  static {
    Catalog catalog = Catalog.of(Edition.GOV_2021);
    String[][] addresses = {{"t3.new_received.total"}, {"t3.carried_over_from_previous.total"},
        {"t3.carried_over_to_next.total"}, {"t3.outcomes_total.total"}, {"t4.review.total"},
        {"t4.litigation_direct.total", "t4.litigation_after_review.total"}};
    CELLS = new Cell[PHRASES][];
    PARTS = new Cell[PHRASES][][];
    for (int p = 0; p < PHRASES; p++) {
      CELLS[p] = new Cell[addresses[p].length];
      PARTS[p] = new Cell[addresses[p].length][];
      StringBuilder target = new StringBuilder();
      for (int i = 0; i < CELLS[p].length; i++) {
        Cell total = catalog.get(addresses[p][i]);
        CELLS[p][i] = total;
        List<Cell> row = catalog.findRow(total.getTable().getId() + "." + total.getRowId()).orElseThrow()
            .getCells();
        PARTS[p][i] = row.subList(0, row.size() - 1).toArray(new Cell[0]);
        target.append(target.length() == 0 ? "" : " + ").append(total.getLabelPath());
      }
      TARGETS[p] = target.toString();
    }
    String[] starts = {"新收受接", "上", "结", "共办答", "行", "行诉"};
    for (int set = 0; set < START_CHARS.length; set++) {
      StringBuilder chars = new StringBuilder();
      for (int p = 0; p < PHRASES; p++) {
        for (char c : (set & (1 << p)) == 0 ? new char[0] : starts[p].toCharArray()) {
          if (chars.indexOf(String.valueOf(c)) < 0) {
            chars.append(c);
          }
        }
      }
      START_CHARS[set] = chars.toString().toCharArray();
    }
  }

  private Narrative() {}

  static void check(Sheet sheet, Sink sink) {
    feeNotices(sheet, sink);
    Map<Section, String> sections = sheet.report.getSections();
    if (sections.isEmpty()) {
      return;
    }
    long[] totals = new long[PHRASES];
    int active = 0;
    for (int p = 0; p < PHRASES; p++) {
      boolean t3 = p < REVIEW;
      if (sink.on(t3 ? Rules.H_T3_4 : Rules.H_T4_1) && sheet.has(t3 ? TableId.REQUESTS : TableId.REVIEW_LITIGATION)
          && resolved(sheet, p)) {
        totals[p] = total(sheet, p);
        active |= 1 << p;
      }
    }
    if (active == 0) {
      return;
    }
    scan(sheet, sink, Section.OVERVIEW, sections.get(Section.OVERVIEW), active, totals);
    scan(sheet, sink, Section.REQUESTS, sections.get(Section.REQUESTS), active & T3_PHRASES, totals);
    scan(sheet, sink, Section.REVIEW_LITIGATION, sections.get(Section.REVIEW_LITIGATION), active & T4_PHRASES,
        totals);
  }

  /**
   * Finds every active phrase in one text, each with {@code find()} semantics: the characters a phrase can start
   * with are found with {@link String#indexOf(int, int)} (vectorised by the JVM), taken in text order.
   */
  private static void scan(Sheet sheet, Sink sink, Section section, String string, int active, long[] totals) {
    if (string == null || active == 0) {
      return;
    }
    char[] starts = START_CHARS[active];
    int[] at = new int[starts.length];
    for (int k = 0; k < starts.length; k++) {
      at[k] = string.indexOf(starts[k]);
    }
    int[] next = new int[PHRASES];
    while (true) {
      int first = -1;
      int position = Integer.MAX_VALUE;
      for (int k = 0; k < at.length; k++) {
        if (at[k] >= 0 && at[k] < position) {
          position = at[k];
          first = k;
        }
      }
      if (first < 0) {
        return;
      }
      candidate(sheet, sink, section, string, position, active, next, totals);
      at[first] = string.indexOf(starts[first], position + 1);
    }
  }

  /** Tries the phrases that can start with the character at {@code i}. */
  private static void candidate(Sheet sheet, Sink sink, Section section, String text, int i, int active, int[] next,
      long[] totals) {
    switch (text.charAt(i)) {
      case '新':
      case '收':
      case '受':
      case '接':
        tryPhrase(sheet, sink, section, text, i, RECEIVED, active, next, totals);
        break;
      case '上':
        tryPhrase(sheet, sink, section, text, i, CARRIED_FROM, active, next, totals);
        break;
      case '结':
        tryPhrase(sheet, sink, section, text, i, CARRIED_TO, active, next, totals);
        break;
      case '行':
        tryPhrase(sheet, sink, section, text, i, REVIEW, active, next, totals);
        tryPhrase(sheet, sink, section, text, i, LITIGATION, active, next, totals);
        break;
      case '诉':
        tryPhrase(sheet, sink, section, text, i, LITIGATION, active, next, totals);
        break;
      default: // 共, 办, 答
        tryPhrase(sheet, sink, section, text, i, OUTCOMES, active, next, totals);
        break;
    }
  }

  private static void tryPhrase(Sheet sheet, Sink sink, Section section, String text, int start, int phrase,
      int active, int[] next, long[] totals) {
    if ((active & (1 << phrase)) == 0 || start < next[phrase]) {
      return;
    }
    long match = match(phrase, text, start);
    if (match < 0) {
      return;
    }
    int digits = (int) (match >>> 32);
    int end = (int) match;
    next[phrase] = end;
    long stated = 0;
    for (int i = digits; i < end && isDigit(text.charAt(i)); i++) {
      int digit = text.charAt(i) - '0';
      if (stated > (Long.MAX_VALUE - digit) / 10) {
        return; // beyond Long.MAX_VALUE: not read, as Long.parseLong would not
      }
      stated = stated * 10 + digit;
    }
    if (stated != totals[phrase]) {
      Rule rule = phrase < REVIEW ? Rules.H_T3_4 : Rules.H_T4_1;
      sink.add(Finding.of(rule).cells(CELLS[phrase]).reported(stated).computed(totals[phrase])
          .text(section, start, text.substring(start, end)).value("target", TARGETS[phrase]));
    }
  }

  /**
   * Matches the phrase at {@code start}: returns the index of its first digit in the high half and its end in the
   * low half, or -1 when it does not match there.
   */
  static long match(int phrase, String text, int start) {
    switch (phrase) {
      case RECEIVED:
        return received(text, start);
      case CARRIED_FROM:
        return carriedFrom(text, start);
      case CARRIED_TO:
        return carriedTo(text, start);
      case OUTCOMES:
        return outcomes(text, start);
      case REVIEW:
        return text.startsWith("行政复议", start) ? tail(text, start + 4, 8, false, "件起宗") : -1;
      default:
        return litigation(text, start);
    }
  }

  /** {@code (?:新收|收到|受理|接到|接收)GAP{0,20}?申请GAP{0,8}?(\d+)\s*(?:件|个|条)}. */
  private static long received(String text, int start) {
    if (!(text.startsWith("新收", start) || text.startsWith("收到", start) || text.startsWith("受理", start)
        || text.startsWith("接到", start) || text.startsWith("接收", start))) {
      return -1;
    }
    int i = start + 2;
    for (int gap = 0; ; gap++) {
      if (text.startsWith("申请", i)) {
        long tail = tail(text, i + 2, 8, false, "件个条");
        if (tail >= 0) {
          return tail;
        }
      }
      if (gap == 20 || i >= text.length() || !isGap(text.charAt(i), false)) {
        return -1;
      }
      i += codePointLength(text, i);
    }
  }

  /** {@code (?:上年度?|上一年度?)结转GAP{0,12}?(\d+)\s*件}. */
  private static long carriedFrom(String text, int start) {
    int i = start + 1;
    if (text.startsWith("一", i)) {
      i++;
    }
    if (!text.startsWith("年", i)) {
      return -1;
    }
    i++;
    if (text.startsWith("度", i)) {
      i++;
    }
    return text.startsWith("结转", i) ? tail(text, i + 2, 12, false, "件") : -1;
  }

  /** {@code 结转(?:至|到)?下一?年度?GAP{0,12}?(\d+)\s*件}. */
  private static long carriedTo(String text, int start) {
    if (!text.startsWith("结转", start)) {
      return -1;
    }
    int i = start + 2;
    if (text.startsWith("至", i) || text.startsWith("到", i)) {
      i++;
    }
    if (!text.startsWith("下", i)) {
      return -1;
    }
    i++;
    if (text.startsWith("一", i)) {
      i++;
    }
    if (!text.startsWith("年", i)) {
      return -1;
    }
    i++;
    if (text.startsWith("度", i)) {
      long tail = tail(text, i + 1, 12, false, "件");
      if (tail >= 0) {
        return tail;
      }
    }
    return tail(text, i, 12, false, "件");
  }

  /** {@code (?:共办理|共答复|办结|答复了?(?:政府信息公开)?申请)CASE_GAP{0,12}?(\d+)\s*件}. */
  private static long outcomes(String text, int start) {
    int i;
    if (text.startsWith("共办理", start) || text.startsWith("共答复", start)) {
      i = start + 3;
    } else if (text.startsWith("办结", start)) {
      i = start + 2;
    } else if (text.startsWith("答复", start)) {
      i = start + 2;
      if (text.startsWith("了", i)) {
        i++;
      }
      if (text.startsWith("政府信息公开", i)) {
        i += 6;
      }
      if (!text.startsWith("申请", i)) {
        return -1;
      }
      i += 2;
    } else {
      return -1;
    }
    return tail(text, i, 12, true, "件");
  }

  /** {@code (?<!复议后起)(?:行政)?诉讼GAP{0,8}?(\d+)\s*(?:件|起|宗)}. */
  private static long litigation(String text, int start) {
    if (start >= 4 && text.startsWith("复议后起", start - 4)) {
      return -1;
    }
    int i = start;
    if (text.startsWith("行政诉讼", i)) {
      i += 4;
    } else if (text.startsWith("诉讼", i)) {
      i += 2;
    } else {
      return -1;
    }
    return tail(text, i, 8, false, "件起宗");
  }

  /**
   * {@code GAP{0,max}?(\d+)\s*[units]} at {@code from}: the gap ends at the first character that is not a gap
   * character, which must be a digit within {@code max} code points; the digits, blanks and a unit follow.
   */
  private static long tail(String text, int from, int max, boolean caseGap, String units) {
    int length = text.length();
    int i = from;
    for (int gap = 0; ; gap++) {
      if (i >= length) {
        return -1;
      }
      char c = text.charAt(i);
      if (isDigit(c)) {
        break;
      }
      if (gap == max || !isGap(c, caseGap)) {
        return -1;
      }
      i += codePointLength(text, i);
    }
    int digits = i;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    while (i < length && isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= length || units.indexOf(text.charAt(i)) < 0) {
      return -1;
    }
    return (long) digits << 32 | (i + 1);
  }

  private static int codePointLength(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \s}: a space, tab, line feed, vertical tab, form feed or carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isGap(char c, boolean caseGap) {
    switch (c) {
      case '，':
      case '。':
      case '；':
      case ',':
      case ';':
      case '：':
      case ':':
        return false;
      default:
        return !isDigit(c) && !(caseGap && c == '案');
    }
  }

  private static void feeNotices(Sheet sheet, Sink sink) {
    if (!sink.on(Rules.H_T3_3) || !sheet.has(TableId.REQUESTS)
        || sheet.catalog.getRequestsEdition() != Edition.GOV_2021) {
      return;
    }
    Cell cell = FEE_UNPAID;
    if (sheet.isValue(cell) && sheet.count(cell) > 0) {
      String other = sheet.report.getSections().get(Section.OTHER_MATTERS);
      if (other != null && !other.contains("信息处理费")) {
        sink.add(Finding.of(Rules.H_T3_3).cell(cell).reported(sheet.count(cell)));
      }
    }
  }


  /** Returns whether no cell the phrase's total is computed from is unresolved. */
  private static boolean resolved(Sheet sheet, int phrase) {
    for (int i = 0; i < CELLS[phrase].length; i++) {
      Cell total = CELLS[phrase][i];
      if (sheet.isUnresolved(total)) {
        return false;
      }
      if (sheet.isBlank(total)) {
        for (Cell part : PARTS[phrase][i]) {
          if (sheet.isUnresolved(part)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Returns the sum of the phrase's 总计 cells; a blank one stands for the sum of its row's parts. */
  private static long total(Sheet sheet, int phrase) {
    long sum = 0;
    for (int i = 0; i < CELLS[phrase].length; i++) {
      Cell total = CELLS[phrase][i];
      if (!sheet.isBlank(total)) {
        sum += sheet.count(total);
        continue;
      }
      for (Cell part : PARTS[phrase][i]) {
        sum += sheet.count(part);
      }
    }
    return sum;
  }
}

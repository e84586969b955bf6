package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell value parsing: blank markers, signs, units (元, 万元, 亿元), thousands separators and full-width digits. The
 * printed text is always kept on the value.
 */
final class Values {
  private static final Set<String> BLANKS = Set.of("", "&nbsp;", "-", "—", "——", "–", "/", "无", "N/A", "n/a", "－",
      "\\", "―");
  private static final Pattern NUMBER = Pattern.compile(
      "([+-]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(亿元|万元|元|件|个|项)?");
  private static final Pattern VALUE_LIKE = Pattern.compile("[+-]?[\\d.,\\s]*\\d[\\d.,\\s+-]*(亿元|万元|元|件|个|项|笔)?"
      + "(\\s*[\\d.,]+\\s*(亿元|万元|元))?");

  /** The ideographs a value or blank marker may hold: its units and 无. */
  private static final String UNIT_CHARACTERS = "亿万元件个项笔无";

  private Values() {}

  /** Returns the text with full-width forms folded, no-break spaces turned into spaces, and trimmed. */
  static String clean(String printed) {
    if (isPlainAscii(printed)) {
      // no entity, no-break or ideographic space, nothing NFKC changes: only the trimming is left
      return printed.strip();
    }
    String s = printed.replace("&nbsp;", " ").replace('\u00a0', ' ').replace('\u3000', ' ');
    s = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('−', '-').replace('－', '-');
    return s.strip();
  }

  /** Whether the text is ASCII without {@code &}: then folding it changes nothing. */
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '&') {
        return false;
      }
    }
    return true;
  }

  /** Whether the text is one or more ASCII digits and nothing else (a value, never a blank marker). */
  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text holds a CJK ideograph that is neither a unit nor 无: folding keeps it, so the text is neither
   * a blank marker nor a value (most labels are told from values by this alone, without folding or regex).
   */
  private static boolean hasWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u4e00' && c <= '\u9fff' && UNIT_CHARACTERS.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the printed text is a blank marker. */
  static boolean isBlank(String printed) {
    if (isDigits(printed) || hasWord(printed)) {
      return false;
    }
    return BLANKS.contains(clean(printed)) || BLANKS.contains(printed.strip());
  }

  /** Returns whether the printed text is a value: a blank marker or something number-like. */
  static boolean isValueLike(String printed) {
    if (isDigits(printed)) {
      return true;
    }
    if (hasWord(printed)) {
      return false;
    }
    return isBlank(printed) || VALUE_LIKE.matcher(clean(printed)).matches();
  }

  /** Returns whether the printed text holds at least one digit (a blank marker holds none). */
  static boolean hasDigit(String printed) {
    if (isDigits(printed)) {
      return true;
    }
    String s = clean(printed);
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** The value of one cell with, when something was assumed or unreadable, the reason. */
  static final class Parsed {
    final CellValue value;
    final String problem;
    final boolean unitAssumed;

    Parsed(CellValue value, String problem, boolean unitAssumed) {
      this.value = value;
      this.problem = problem;
      this.unitAssumed = unitAssumed;
    }
  }

  /** Parses the printed text of a cell, never losing it: what cannot be read is unresolved with a problem. */
  static Parsed parse(String printed, Cell cell) {
    if (cell.getKind() != CellKind.MONEY && isDigits(printed) && printed.length() <= 18) {
      // the common case, read as the general path below reads it: a count of plain digits, no sign, no unit
      return new Parsed(CellValue.of(Long.parseLong(printed)).withPrinted(printed), null, false);
    }
    String original = printed.strip();
    if (isBlank(printed)) {
      return new Parsed(original.isEmpty() ? CellValue.blank() : CellValue.blank(original), null, false);
    }
    String s = clean(printed);
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return new Parsed(CellValue.unresolved(original), "not a number: \"" + original + "\"", false);
    }
    String sign = m.group(1);
    BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
    String unit = m.group(3);
    if (cell.getKind() == CellKind.MONEY) {
      if ("-".equals(sign)) {
        return new Parsed(CellValue.unresolved(original), "negative amount: \"" + original + "\"", false);
      }
      MoneyUnit moneyUnit;
      boolean assumed = false;
      if (unit != null && unit.endsWith("元")) {
        moneyUnit = MoneyUnit.ofLabel(unit);
      } else if (unit != null) {
        return new Parsed(CellValue.unresolved(original), "not an amount: \"" + original + "\"", false);
      } else {
        Optional<MoneyUnit> header = cell.getHeaderUnit();
        moneyUnit = header.orElse(MoneyUnit.YUAN);
        assumed = header.isEmpty();
      }
      Money money = Money.of(number, moneyUnit).withPrinted(original).withUnitAssumed(assumed);
      return new Parsed(CellValue.of(money), null, assumed);
    }
    if (unit != null && unit.endsWith("元")) {
      return new Parsed(CellValue.unresolved(original), "an amount where a count is expected: \"" + original + "\"",
          false);
    }
    if (number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
      return new Parsed(CellValue.unresolved(original), "not a whole number: \"" + original + "\"", false);
    }
    if ("-".equals(sign) && cell.getKind() != CellKind.SIGNED_COUNT) {
      return new Parsed(CellValue.unresolved(original), "negative count: \"" + original + "\"", false);
    }
    BigDecimal value = "-".equals(sign) ? number.negate() : number;
    try {
      return new Parsed(CellValue.of(value.longValueExact()).withPrinted(original), null, false);
    } catch (ArithmeticException e) {
      return new Parsed(CellValue.unresolved(original), "number out of range: \"" + original + "\"", false);
    }
  }
}

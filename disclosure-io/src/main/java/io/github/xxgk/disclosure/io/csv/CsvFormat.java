package io.github.xxgk.disclosure.io.csv;

import java.util.List;
import java.util.regex.Pattern;

/** The columns, record kinds and text rules shared by the CSV writer and reader (docs/CSV.md). */
final class CsvFormat {
  static final List<String> COLUMNS = List.of("record", "address", "table", "row_label", "column_label", "value",
      "printed", "state", "unit", "amount", "unit_assumed", "edition", "year", "body");
  static final int RECORD = 0;
  static final int ADDRESS = 1;
  static final int TABLE = 2;
  static final int ROW_LABEL = 3;
  static final int COLUMN_LABEL = 4;
  static final int VALUE = 5;
  static final int PRINTED = 6;
  static final int STATE = 7;
  static final int UNIT = 8;
  static final int AMOUNT = 9;
  static final int UNIT_ASSUMED = 10;
  static final int EDITION = 11;
  static final int YEAR = 12;
  static final int BODY = 13;

  static final String REPORT = "report";
  static final String META = "meta";
  static final String SECTION = "section";
  static final String CELL = "cell";
  static final String EXTRA = "extra";

  static final String CATALOG_T2 = "catalog.t2";
  static final String CATALOG_T3 = "catalog.t3";

  /** Joins the labels of a row or column path, as in the model's label paths. */
  static final String PATH_SEPARATOR = " › ";

  /** The mark put before text that a spreadsheet would run as a formula. */
  static final char GUARD = '\'';

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private CsvFormat() {}

  /**
   * Returns the text as written: text starting with {@code = + - @}, a tab, a carriage return or the guard itself
   * gets the guard in front, except plain decimal numbers such as {@code -6}.
   */
  static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    // Only a text starting with a guarded character can need the guard: the number pattern runs for those alone
    // (a regex Matcher per field of every record was the writer's largest cost).
    switch (text.charAt(0)) {
      case '-':
        return PLAIN_NUMBER.matcher(text).matches() ? text : GUARD + text;
      case '=':
      case '+':
      case '@':
      case '\t':
      case '\r':
      case GUARD:
        return GUARD + text;
      default:
        return text;
    }
  }

  /** Returns the text as it was before {@link #neutralise(String)}. */
  static String restore(String text) {
    return !text.isEmpty() && text.charAt(0) == GUARD ? text.substring(1) : text;
  }
}

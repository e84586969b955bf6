package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.ProactiveTable;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestTable;
import io.github.xxgk.disclosure.model.TableId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Edition checks (E-1..3, FORMAT.md §4.2) and completeness checks (C-1..3). */
final class Structure {
  private static final TableId[] TABLES = TableId.values();

  private Structure() {}

  static void check(Sheet sheet, Sink sink) {
    Report report = sheet.report;
    Edition proactive = report.getProactive().map(ProactiveTable::getEdition).orElse(null);
    Edition requests = report.getRequests().map(RequestTable::getEdition).orElse(null);
    Edition expected = Edition.forYear(report.getYear());
    if (report.getEdition() == Edition.MIXED || differs(proactive, requests, expected)) {
      editions(report, proactive, requests, expected, sink);
    } else if (report.getCitedNotice().isPresent() && (sink.on(Rules.E_2))) {
      // every table is in the expected edition: only a cited notice of the other edition can differ
      Optional<Edition> cited = citedEdition(report.getCitedNotice().get());
      if (cited.isPresent() && differs(proactive, requests, cited.get())) {
        editions(report, proactive, requests, expected, sink);
      }
    }
    for (TableId table : TABLES) {
      if (!sheet.has(table)) {
        if (sink.on(Rules.C_1)) {
          sink.add(Finding.of(Rules.C_1).value("table", table.getNumeral()).value("title", table.getTitle()));
        }
      } else if (sink.on(Rules.C_2) && allBlank(sheet, table)) {
        sink.add(Finding.of(Rules.C_2).value("table", table.getNumeral())
            .value("count", sheet.catalog.getCells(table).size()));
      }
    }
    if (sink.on(Rules.C_3)) {
      for (ExtraRow row : report.getExtraRows()) {
        sink.add(Finding.of(Rules.C_3).quote(row.getLabel()).value("table", row.getTable().getNumeral())
            .value("after", row.getAfter().orElse("")));
      }
    }
  }

  private static boolean differs(Edition proactive, Edition requests, Edition expected) {
    return (proactive != null && proactive != expected) || (requests != null && requests != expected);
  }

  /** E-1..3, for a report whose tables are not all in the edition its year or cited notice calls for. */
  private static void editions(Report report, Edition proactive, Edition requests, Edition expected, Sink sink) {
    Map<String, Edition> tables = new LinkedHashMap<>();
    if (proactive != null) {
      tables.put("二", proactive);
    }
    if (requests != null) {
      tables.put("三", requests);
    }
    if (report.getEdition() == Edition.MIXED && sink.on(Rules.E_3)) {
      sink.add(Finding.of(Rules.E_3).value("proactive", tables.get("二").name())
          .value("requests", tables.get("三").name()));
    }
    if (sink.on(Rules.E_1)) {
      for (Map.Entry<Edition, String> e : differing(tables, expected).entrySet()) {
        sink.add(Finding.of(Rules.E_1).value("table", e.getValue()).value("edition", e.getKey().name())
            .value("year", report.getYear()).value("expected", expected.name()));
      }
    }
    Optional<Edition> cited = report.getCitedNotice().flatMap(Structure::citedEdition);
    if (cited.isPresent() && sink.on(Rules.E_2)) {
      for (Map.Entry<Edition, String> e : differing(tables, cited.get()).entrySet()) {
        sink.add(Finding.of(Rules.E_2).value("table", e.getValue()).value("edition", e.getKey().name())
            .value("cited", report.getCitedNotice().get()));
      }
    }
  }

  /**
   * Returns the edition a cited notice such as 国办公开办函〔2021〕30号 stands for, if it is one of the two: the first
   * {@code (20\d\d)\s*[〕\]）)]\s*(\d+)\s*号} naming 2019 and 60 or 2021 and 30.
   */
  static Optional<Edition> citedEdition(String notice) {
    int length = notice.length();
    int i = 0;
    while (i + 4 <= length) {
      int end = notice.indexOf("20", i);
      if (end < 0 || end + 4 > length) {
        return Optional.empty();
      }
      i = end;
      int year = i;
      int j = i + 2;
      if (!isDigit(notice.charAt(j)) || !isDigit(notice.charAt(j + 1))) {
        i++;
        continue;
      }
      j = skipSpaces(notice, j + 2);
      if (j >= length || "〕]）)".indexOf(notice.charAt(j)) < 0) {
        i++;
        continue;
      }
      j = skipSpaces(notice, j + 1);
      int number = j;
      while (j < length && isDigit(notice.charAt(j))) {
        j++;
      }
      int numberEnd = j;
      j = skipSpaces(notice, j);
      if (numberEnd == number || j >= length || notice.charAt(j) != '号') {
        i++;
        continue;
      }
      if (notice.startsWith("2019", year) && notice.regionMatches(number, "60", 0, 2) && numberEnd - number == 2) {
        return Optional.of(Edition.GOV_2019);
      }
      if (notice.startsWith("2021", year) && notice.regionMatches(number, "30", 0, 2) && numberEnd - number == 2) {
        return Optional.of(Edition.GOV_2021);
      }
      i = j + 1;
    }
    return Optional.empty();
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static Map<Edition, String> differing(Map<String, Edition> tables, Edition expected) {
    Map<Edition, String> byEdition = new LinkedHashMap<>();
    for (Map.Entry<String, Edition> t : tables.entrySet()) {
      if (t.getValue() != expected) {
        byEdition.merge(t.getValue(), t.getKey(), (x, y) -> x + "、" + y);
      }
    }
    return byEdition;
  }

  private static boolean allBlank(Sheet sheet, TableId table) {
    for (Cell cell : sheet.plan.tableCells[table.ordinal()]) {
      if (!sheet.isBlank(cell)) {
        return false;
      }
    }
    return true;
  }
}

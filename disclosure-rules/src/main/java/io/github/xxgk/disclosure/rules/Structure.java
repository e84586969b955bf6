package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.ProactiveTable;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestTable;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edition checks (E-1..3, FORMAT.md §4.2) and completeness checks (C-1..3). */
final class Structure {
  private static final Pattern NOTICE = Pattern.compile("(20\\d\\d)\\s*[〕\\]）)]\\s*(\\d+)\\s*号");

  private Structure() {}

  static void check(Sheet sheet, Sink sink) {
    Report report = sheet.report;
    Map<String, Edition> tables = new LinkedHashMap<>();
    report.getProactive().map(ProactiveTable::getEdition).ifPresent(e -> tables.put("二", e));
    report.getRequests().map(RequestTable::getEdition).ifPresent(e -> tables.put("三", e));
    if (report.getEdition() == Edition.MIXED && sink.on(Rules.E_3)) {
      sink.add(Finding.of(Rules.E_3).value("proactive", tables.get("二").name())
          .value("requests", tables.get("三").name()));
    }
    Edition expected = Edition.forYear(report.getYear());
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
    for (TableId table : TableId.values()) {
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

  /** Returns the edition a cited notice such as 国办公开办函〔2021〕30号 stands for, if it is one of the two. */
  static Optional<Edition> citedEdition(String notice) {
    Matcher m = NOTICE.matcher(notice);
    while (m.find()) {
      if (m.group(1).equals("2019") && m.group(2).equals("60")) {
        return Optional.of(Edition.GOV_2019);
      }
      if (m.group(1).equals("2021") && m.group(2).equals("30")) {
        return Optional.of(Edition.GOV_2021);
      }
    }
    return Optional.empty();
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
    List<Cell> cells = new ArrayList<>(sheet.catalog.getCells(table));
    for (Cell cell : cells) {
      if (!sheet.isBlank(cell)) {
        return false;
      }
    }
    return true;
  }
}

package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers stated in the section texts vs the tables (H-T3-4, H-T4-1): Arabic numerals in the phrases below, each
 * finding located by character offset with the phrase quoted. Numbers written in Chinese characters are not read.
 */
final class Narrative {
  private static final String GAP = "[^，。；,;：:\\d]";
  /** As {@link #GAP}, and not across 案 (案件 are review and litigation cases, not requests). */
  private static final String CASE_GAP = "[^，。；,;：:\\d案]";
  private static final List<Phrase> PHRASES = List.of(
      new Phrase(Rules.H_T3_4, List.of(Section.OVERVIEW, Section.REQUESTS),
          "(?:新收|收到|受理|接到|接收)" + GAP + "{0,20}?申请" + GAP + "{0,8}?(\\d+)\\s*(?:件|个|条)",
          "t3.new_received.total"),
      new Phrase(Rules.H_T3_4, List.of(Section.OVERVIEW, Section.REQUESTS),
          "(?:上年度?|上一年度?)结转" + GAP + "{0,12}?(\\d+)\\s*件", "t3.carried_over_from_previous.total"),
      new Phrase(Rules.H_T3_4, List.of(Section.OVERVIEW, Section.REQUESTS),
          "结转(?:至|到)?下一?年度?" + GAP + "{0,12}?(\\d+)\\s*件", "t3.carried_over_to_next.total"),
      new Phrase(Rules.H_T3_4, List.of(Section.OVERVIEW, Section.REQUESTS),
          "(?:共办理|共答复|办结|答复了?(?:政府信息公开)?申请)" + CASE_GAP + "{0,12}?(\\d+)\\s*件",
          "t3.outcomes_total.total"),
      new Phrase(Rules.H_T4_1, List.of(Section.OVERVIEW, Section.REVIEW_LITIGATION),
          "行政复议" + GAP + "{0,8}?(\\d+)\\s*(?:件|起|宗)", "t4.review.total"),
      new Phrase(Rules.H_T4_1, List.of(Section.OVERVIEW, Section.REVIEW_LITIGATION),
          "(?<!复议后起)(?:行政)?诉讼" + GAP + "{0,8}?(\\d+)\\s*(?:件|起|宗)",
          "t4.litigation_direct.total", "t4.litigation_after_review.total"));

  private Narrative() {}

  static void check(Sheet sheet, Sink sink) {
    feeNotices(sheet, sink);
    if (sheet.report.getSections().isEmpty()) {
      return;
    }
    for (Phrase phrase : PHRASES) {
      TableId table = phrase.rule == Rules.H_T3_4 ? TableId.REQUESTS : TableId.REVIEW_LITIGATION;
      if (!sink.on(phrase.rule) || !sheet.has(table)) {
        continue;
      }
      Cell[] cells = phrase.cells(sheet.catalog);
      long table3 = 0;
      try {
        for (Cell c : cells) {
          table3 += total(sheet, c);
        }
      } catch (IllegalStateException unresolved) {
        continue;
      }
      for (Section section : phrase.sections) {
        String text = sheet.report.getSections().get(section);
        if (text == null) {
          continue;
        }
        Matcher m = phrase.pattern.matcher(text);
        while (m.find()) {
          long stated;
          try {
            stated = Long.parseLong(m.group(1));
          } catch (NumberFormatException e) {
            continue;
          }
          if (stated != table3) {
            sink.add(Finding.of(phrase.rule).cells(cells).reported(stated).computed(table3)
                .text(section, m.start(), m.group()).value("target", target(cells)));
          }
        }
      }
    }
  }

  private static void feeNotices(Sheet sheet, Sink sink) {
    if (!sink.on(Rules.H_T3_3) || !sheet.has(TableId.REQUESTS)
        || sheet.catalog.getRequestsEdition() != Edition.GOV_2021) {
      return;
    }
    Cell cell = sheet.catalog.get("t3.other_fee_unpaid_overdue.total");
    String other = sheet.report.getSections().get(Section.OTHER_MATTERS);
    if (other != null && sheet.isValue(cell) && sheet.count(cell) > 0 && !other.contains("信息处理费")) {
      sink.add(Finding.of(Rules.H_T3_3).cell(cell).reported(sheet.count(cell)));
    }
  }

  /** Returns a 总计 cell's count; a blank one stands for the sum of its row's parts (blank parts count 0). */
  private static long total(Sheet sheet, Cell total) {
    if (sheet.isUnresolved(total)) {
      throw new IllegalStateException();
    }
    if (!sheet.isBlank(total)) {
      return sheet.count(total);
    }
    List<Cell> row = sheet.catalog.findRow(total.getTable().getId() + "." + total.getRowId()).orElseThrow()
        .getCells();
    long sum = 0;
    for (Cell part : row.subList(0, row.size() - 1)) {
      if (sheet.isUnresolved(part)) {
        throw new IllegalStateException();
      }
      sum += sheet.count(part);
    }
    return sum;
  }

  private static String target(Cell[] cells) {
    StringBuilder s = new StringBuilder();
    for (Cell c : cells) {
      s.append(s.length() == 0 ? "" : " + ").append(c.getLabelPath());
    }
    return s.toString();
  }

  private static final class Phrase {
    final Rule rule;
    final List<Section> sections;
    final Pattern pattern;
    final String[] addresses;

    Phrase(Rule rule, List<Section> sections, String regex, String... addresses) {
      this.rule = rule;
      this.sections = sections;
      this.pattern = Pattern.compile(regex);
      this.addresses = addresses;
    }

    Cell[] cells(Catalog catalog) {
      Cell[] cells = new Cell[addresses.length];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = catalog.get(addresses[i]);
      }
      return cells;
    }
  }
}

package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ImmutableReport;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.List;

/** Reports for the tests, from FORMAT.md §5.7 (S1 Xuanhua 2019, S2 Shanghai 2019) and a consistent 2021 one. */
final class Fixtures {
  static final String BLANK = "·";

  private Fixtures() {}

  /** A mutable report under construction: cells by address, then {@link #build()}. */
  static final class Draft {
    final CellSheet sheet;
    final ImmutableReport.Builder builder = Report.builder();
    int year;
    String body;

    Draft(Catalog catalog, int year, String body) {
      this.sheet = CellSheet.of(catalog);
      this.year = year;
      this.body = body;
    }

    /** Puts the values of a row: numbers or {@code ·} for blank, in column order. */
    Draft row(String rowAddress, String values) {
      List<Cell> cells = sheet.getCatalog().findRow(rowAddress).orElseThrow().getCells();
      String[] tokens = values.trim().split("\\s+");
      if (tokens.length != cells.size()) {
        throw new IllegalArgumentException(rowAddress + " has " + cells.size() + " cells: " + values);
      }
      for (int i = 0; i < tokens.length; i++) {
        put(cells.get(i), tokens[i]);
      }
      return this;
    }

    Draft put(String address, long value) {
      sheet.put(address, CellValue.of(value));
      return this;
    }

    Draft put(String address, CellValue value) {
      sheet.put(address, value);
      return this;
    }

    private void put(Cell cell, String token) {
      sheet.put(cell, token.equals(BLANK) ? CellValue.blank("&nbsp;") : CellValue.of(Long.parseLong(token)));
    }

    /** Makes every cell of the table blank, then rows may fill some. */
    Draft blank(TableId table) {
      for (Cell cell : sheet.getCatalog().getCells(table)) {
        if (sheet.getCatalog().contains(cell)) {
          sheet.put(cell, CellValue.blank("&nbsp;"));
        }
      }
      return this;
    }

    Draft include(TableId table) {
      sheet.include(table);
      return this;
    }

    Draft section(Section section, String text) {
      builder.putSections(section, text);
      return this;
    }

    Draft level(BodyLevel level) {
      builder.level(level);
      return this;
    }

    Draft notice(String notice) {
      builder.citedNotice(notice);
      return this;
    }

    Report build() {
      return sheet.applyTo(builder).year(year).body(body).build();
    }
  }

  /** S1: 张家口市宣化区人民政府 2019, consistent, no findings. */
  static Draft xuanhua() {
    Draft d = new Draft(Catalog.of(Edition.GOV_2019), 2019, "张家口市宣化区人民政府").level(BodyLevel.COUNTY);
    d.row("t2.art20_1.regulations", "0 0 0")
        .row("t2.art20_1.normative_documents", "151 151 151")
        .row("t2.art20_5.administrative_licensing", "207 -6 16200")
        .row("t2.art20_5.other_external_management_services", "120 5 4512")
        .row("t2.art20_6.administrative_penalty", "1595 0 87")
        .row("t2.art20_6.administrative_coercion", "50 0 19")
        .row("t2.art20_8.administrative_fees", "39 3")
        .put("t2.art20_9.government_centralized_procurement.procurement_projects", 251)
        .put("t2.art20_9.government_centralized_procurement.procurement_amount",
            CellValue.of(Money.of(new BigDecimal("4.08"), MoneyUnit.YI_YUAN).withPrinted("4.08亿元")));
    d.include(TableId.REQUESTS)
        .row("t3.new_received", "3 0 0 0 0 0 3")
        .row("t3.granted", "2 0 0 0 0 0 2")
        .row("t3.unable_not_held", "1 0 0 0 0 0 1")
        .row("t3.outcomes_total", "3 0 0 0 0 0 3");
    d.row("t4.review", "1 0 0 0 1").include(TableId.REVIEW_LITIGATION);
    return d;
  }

  /** S2: 上海市人民政府办公厅 2019, blanks as printed; consistent, totals omitted on the leaf rows. */
  static Draft shanghai() {
    Draft d = new Draft(Catalog.of(Edition.GOV_2019), 2019, "上海市人民政府办公厅").level(BodyLevel.PROVINCE);
    d.row("t2.art20_1.regulations", "13 13 13").row("t2.art20_1.normative_documents", "60 60 60");
    d.blank(TableId.REQUESTS)
        .row("t3.new_received", "821 35 · · 2 1 859")
        .row("t3.carried_over_from_previous", "18 · · · · · 18")
        .row("t3.granted", "258 12 · · 1 1 ·")
        .row("t3.partially_granted", "3 · · · · · ·")
        .row("t3.withheld_state_secret", "14 · · · · · ·")
        .row("t3.withheld_internal_affairs", "5 · · · · · ·")
        .row("t3.withheld_process_information", "3 1 · · · · ·")
        .row("t3.withheld_administrative_inquiry", "10 2 · · · · ·")
        .row("t3.unable_not_held", "252 12 · · 1 · ·")
        .row("t3.unable_requires_creation", "44 3 · · · · ·")
        .row("t3.unable_unclear_after_correction", "25 · · · · · ·")
        .row("t3.not_processed_petition_complaint", "148 1 · · · · ·")
        .row("t3.not_processed_repeated", "5 4 · · · · ·")
        .row("t3.outcomes_total", "767 35 · · 2 1 805")
        .row("t3.carried_over_to_next", "72 · · · · · 72");
    d.blank(TableId.REVIEW_LITIGATION).row("t4.review", "5 · · 2 7").row("t4.litigation_direct", "8 · · 1 9");
    d.section(Section.REQUESTS, "2019年，市政府办公厅共受理政府信息公开申请859件，答复申请805件（含上年度结转申请18件，"
        + "另有72件申请顺延到下年度答复）。其中，予以公开及部分公开258件。")
        .section(Section.REVIEW_LITIGATION, "2019年，市政府办公厅被申请行政复议7件，提起行政诉讼9件。");
    return d;
  }

  /** A consistent 2021-edition report of a county government. */
  static Draft pingtan2021() {
    Draft d = new Draft(Catalog.of(Edition.GOV_2021), 2021, "平潭综合实验区管委会").level(BodyLevel.COUNTY)
        .notice("国办公开办函〔2021〕30号");
    d.row("t2.art20_1.regulations", "0 0 0")
        .row("t2.art20_1.normative_documents", "12 2 89")
        .row("t2.art20_5.administrative_licensing", "5340")
        .row("t2.art20_6.administrative_penalty", "103")
        .row("t2.art20_6.administrative_coercion", "4")
        .put("t2.art20_8.administrative_fees.fee_amount",
            CellValue.of(Money.of(new BigDecimal("45.82"), MoneyUnit.WAN_YUAN).withPrinted("45.82")));
    d.row("t3.new_received", "80 1 0 0 0 0 81")
        .row("t3.carried_over_from_previous", "2 0 0 0 0 0 2")
        .row("t3.granted", "50 1 0 0 0 0 51")
        .row("t3.partially_granted", "10 0 0 0 0 0 10")
        .row("t3.unable_not_held", "15 0 0 0 0 0 15")
        .row("t3.other_other", "3 0 0 0 0 0 3")
        .row("t3.outcomes_total", "78 1 0 0 0 0 79")
        .row("t3.carried_over_to_next", "4 0 0 0 0 0 4");
    d.row("t4.review", "1 0 2 0 3").row("t4.litigation_direct", "1 0 0 1 2");
    return d;
  }
}

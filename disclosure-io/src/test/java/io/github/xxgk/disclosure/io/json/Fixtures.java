package io.github.xxgk.disclosure.io.json;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Reports exercising every part of the canonical JSON. */
final class Fixtures {
  private Fixtures() {}

  /** A 2019-edition report as a reader would give it: blanks, an unresolved run, printed texts, an extra row. */
  static Report scraped2019() {
    Catalog catalog = Catalog.of(Edition.GOV_2019);
    CellSheet sheet = CellSheet.of(catalog)
        .put("t2.art20_1.normative_documents.newly_made", CellValue.of(12).withPrinted("１２"))
        .put("t2.art20_5.administrative_licensing.items_change", CellValue.of(-6))
        .put("t2.art20_6.administrative_coercion.decisions", CellValue.blank("-"))
        .put("t2.art20_8.administrative_fees.items_prev_year", CellValue.blank())
        .put("t2.art20_9.government_centralized_procurement.procurement_amount",
            CellValue.of(Money.of(new BigDecimal("251000"), MoneyUnit.YUAN).withPrinted("251000元")))
        .put("t3.new_received.natural_person", CellValue.of(821))
        .put("t3.new_received.total", CellValue.blank("&nbsp;"))
        .put("t3.granted.natural_person", CellValue.unresolved("270020130"))
        .put("t3.other_handling.total", CellValue.of(3))
        .put("t4.review.pending", CellValue.of(2).withPrinted("2件"));
    return sheet.applyTo(Report.builder())
        .year(2019)
        .body("某区人民政府")
        .level(BodyLevel.COUNTY)
        .title("某区2019年政府信息公开工作年度报告")
        .publishDate(LocalDate.of(2020, 3, 31))
        .indexNumber("zfb/1")
        .documentNumber("某政办〔2020〕1号")
        .citedNotice("国办公开办函〔2019〕60号")
        .issuer("区政府办公室")
        .sourceUrl("https://example.gov.cn/2019.html")
        .putSections(Section.OVERVIEW, "一\n\"引号\" \\ 反斜杠 \t tab")
        .putSections(Section.OTHER_MATTERS, "无。")
        .addExtraRows(ExtraRow.builder().table(TableId.PROACTIVE).block(ProactiveBlock.ART20_1).label("其他文件")
            .addCells("3", "", "-").after("t2.art20_1.normative_documents").build())
        .addExtraRows(ExtraRow.builder().table(TableId.REQUESTS).label("（八）其他").build())
        .build();
  }

  /** A MIXED report: a 2021 table 二 (fee amount blank) beside a 2019 table 三, and table 四. */
  static Report mixed() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2021, Edition.GOV_2019))
        .put("t2.art20_1.regulations.in_force", CellValue.of(4))
        .put("t2.art20_8.administrative_fees.fee_amount", CellValue.blank("/"))
        .put("t3.other_handling.natural_person", CellValue.of(1))
        .put("t3.other_handling.total", CellValue.of(1))
        .put("t4.litigation_after_review.total", CellValue.of(5))
        .include(TableId.REVIEW_LITIGATION);
    return sheet.applyTo(Report.builder()).year(2023).body("洪泽区人民政府").build();
  }

  /** A 2021 report with table 四 only, keeping the printed text of a cell of table 二 it lacks. */
  static Report tableFourOnly() {
    return Report.builder().edition(Edition.GOV_2021).year(2022).body("某镇人民政府")
        .reviewLitigation(io.github.xxgk.disclosure.model.ReviewLitigationTable.of(
            io.github.xxgk.disclosure.model.ResultCounts.of(1, 0, 0, 0, 1),
            io.github.xxgk.disclosure.model.ResultCounts.ZERO, io.github.xxgk.disclosure.model.ResultCounts.ZERO))
        .putPrinted("t2.art20_5.administrative_licensing.decisions", "见附件")
        .putStates("t4.review.pending", CellState.BLANK)
        .build();
  }

  /** A 2021 report whose fee amount has an assumed unit and no printed text, plus an unresolved amount cell text. */
  static Report amounts2021() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2021))
        .put("t2.art20_8.administrative_fees.fee_amount",
            CellValue.of(Money.ofWanYuan(new BigDecimal("190.457379")).withUnitAssumed(true)));
    return sheet.applyTo(Report.builder()).year(2021).body("某乡人民政府")
        .putPrinted("t2.art20_8.administrative_fees.fee_amount", "190.457379（万元）")
        .build();
  }
}

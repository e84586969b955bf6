package io.github.xxgk.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckerTest {
  static final Checker CHECKER = Checker.standard();

  static Finding only(CheckResult result, String ruleId) {
    List<Finding> findings = result.getFindings(ruleId);
    assertEquals(1, findings.size(), () -> ruleId + " in " + result);
    return findings.get(0);
  }

  static List<String> summary(CheckResult result) {
    List<String> lines = new ArrayList<>();
    for (Finding f : result.getFindings()) {
      lines.add(f.toString());
    }
    return lines;
  }

  static List<String> ids(CheckResult result) {
    List<String> ids = new ArrayList<>();
    for (Finding f : result.getFindings()) {
      ids.add(f.getRuleId());
    }
    return ids;
  }

  static BigDecimal n(long value) {
    return BigDecimal.valueOf(value);
  }

  @Test
  void findsNothingInConsistentReports() {
    assertEquals(List.of(), summary(CHECKER.check(Fixtures.xuanhua().build())));
    assertEquals(List.of(), summary(CHECKER.check(Fixtures.pingtan2021().build())));
  }

  @Test
  void reportsOmittedTotalsInsteadOfSumMismatches() {
    CheckResult result = CHECKER.check(Fixtures.shanghai().build());
    List<String> expected = new ArrayList<>();
    String[][] rows = {
        {"granted", "272"}, {"partially_granted", "3"}, {"withheld_state_secret", "14"},
        {"withheld_internal_affairs", "5"}, {"withheld_process_information", "4"},
        {"withheld_administrative_inquiry", "12"}, {"unable_not_held", "265"}, {"unable_requires_creation", "47"},
        {"unable_unclear_after_correction", "25"}, {"not_processed_petition_complaint", "149"},
        {"not_processed_repeated", "9"}};
    for (String[] row : rows) {
      String r = "t3." + row[0] + ".";
      expected.add("WARNING C-4 [" + r + "total, " + r + "natural_person, " + r + "commercial_enterprise, " + r
          + "research_institution, " + r + "social_welfare_org, " + r + "legal_service_org, " + r
          + "other_org] computed=" + row[1]);
    }
    assertEquals(expected, summary(result));
    assertFalse(result.hasErrors());
    assertEquals("三、本年度办理结果 › （一）予以公开 × 总计：总计空白，但其分项之和为272（总计漏填）",
        result.getFindings().get(0).getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void checksTheOfficialIdentityOnEveryColumn() {
    Report report = Fixtures.xuanhua().row("t3.carried_over_to_next", "1 0 0 0 0 0 1").build();
    CheckResult result = CHECKER.check(report);
    assertEquals(List.of(
        "ERROR O-T3-1 [t3.new_received.natural_person, t3.carried_over_from_previous.natural_person, "
            + "t3.outcomes_total.natural_person, t3.carried_over_to_next.natural_person] reported=3 computed=4",
        "ERROR O-T3-1 [t3.new_received.total, t3.carried_over_from_previous.total, t3.outcomes_total.total, "
            + "t3.carried_over_to_next.total] reported=3 computed=4"), summary(result));
    Finding f = result.getFindings().get(0);
    assertEquals(n(-1), f.getDifference().orElseThrow());
    assertEquals(Category.ARITHMETIC, f.getCategory());
    assertEquals("三、本年度办理结果 › （七）总计 × 自然人", f.getCells().get(2).getLabelPath());
    assertEquals("自然人列：第一项加第二项之和为3，第三项加第四项之和为4（相差-1）", f.getMessage(Locale.CHINA));
    assertEquals("column 自然人: new + carried over = 3, total outcomes + carried over to next year = 4 "
        + "(difference -1)", f.getMessage(Locale.ENGLISH));
  }

  @Test
  void namesTheCulpritWhenOneWrongTotalBreaksRowAndColumn() {
    CheckResult result = CHECKER.check(Fixtures.xuanhua().put("t3.granted.total", 5).build());
    assertEquals(List.of(
        "ERROR S-T3-1 [t3.outcomes_total.total, t3.granted.total, t3.partially_granted.total, "
            + "t3.withheld_state_secret.total, t3.withheld_prohibited_by_law.total, "
            + "t3.withheld_three_securities_one_stability.total, t3.withheld_third_party_rights.total, "
            + "t3.withheld_internal_affairs.total, t3.withheld_process_information.total, "
            + "t3.withheld_enforcement_case_file.total, t3.withheld_administrative_inquiry.total, "
            + "t3.unable_not_held.total, t3.unable_requires_creation.total, "
            + "t3.unable_unclear_after_correction.total, t3.not_processed_petition_complaint.total, "
            + "t3.not_processed_repeated.total, t3.not_processed_publication.total, "
            + "t3.not_processed_massive_repeated.total, t3.not_processed_confirm_or_reissue.total, "
            + "t3.other_handling.total] reported=3 computed=6",
        "ERROR S-T3-2 [t3.granted.total, t3.granted.natural_person, t3.granted.commercial_enterprise, "
            + "t3.granted.research_institution, t3.granted.social_welfare_org, t3.granted.legal_service_org, "
            + "t3.granted.other_org] reported=5 computed=2",
        "NOTICE A-1 [t3.granted.total] reported=5 computed=2"), summary(result));
    Finding culprit = only(result, "A-1");
    assertEquals("三、本年度办理结果 › （一）予以公开 × 总计由5改为2即可消除全部2处不一致（S-T3-2, S-T3-1）",
        culprit.getMessage(Locale.CHINA));
    assertEquals("row 三、本年度办理结果 › （一）予以公开: 总计 is 5, the six applicant columns sum to 2 (difference 3)",
        only(result, "S-T3-2").getMessage(Locale.ENGLISH));
  }

  @Test
  void namesNoCulpritWhenNoSingleCellExplainsTheFailures() {
    Report report = Fixtures.xuanhua().row("t4.review", "10 1 0 0 0").row("t4.litigation_after_review", "5 0 0 0 0")
        .build();
    assertEquals(List.of(
        "ERROR S-T4-1 [t4.review.total, t4.review.upheld, t4.review.corrected, t4.review.other_result, "
            + "t4.review.pending] reported=0 computed=11",
        "ERROR S-T4-3 [t4.litigation_after_review.total, t4.litigation_after_review.upheld, "
            + "t4.litigation_after_review.corrected, t4.litigation_after_review.other_result, "
            + "t4.litigation_after_review.pending] reported=0 computed=5"), summary(CHECKER.check(report)));
  }

  @Test
  void checksDirectLitigation() {
    Report report = Fixtures.xuanhua().row("t4.litigation_direct", "1 1 0 0 3").build();
    Finding f = only(CHECKER.check(report), "S-T4-2");
    assertEquals("ERROR S-T4-2 [t4.litigation_direct.total, t4.litigation_direct.upheld, "
        + "t4.litigation_direct.corrected, t4.litigation_direct.other_result, t4.litigation_direct.pending] "
        + "reported=3 computed=2", f.toString());
    assertEquals("行政诉讼 › 未经复议直接起诉：总计为3，四项结果之和为2（相差1）", f.getMessage(Locale.CHINA));
  }

  @Test
  void rejectsNegativeCounts() {
    Report t3 = Fixtures.xuanhua().row("t3.withheld_state_secret", "-1 0 0 0 0 0 -1")
        .row("t3.granted", "3 0 0 0 0 0 3").build();
    assertEquals(List.of("ERROR S-T3-3 [t3.withheld_state_secret.natural_person] reported=-1",
        "ERROR S-T3-3 [t3.withheld_state_secret.total] reported=-1"), summary(CHECKER.check(t3)));
    Report t4 = Fixtures.xuanhua().row("t4.review", "2 -1 0 0 1").build();
    assertEquals(List.of("ERROR S-T4-4 [t4.review.corrected] reported=-1"), summary(CHECKER.check(t4)));
    Report t2 = Fixtures.xuanhua().row("t2.art20_1.regulations", "-1 -1 0").build();
    assertEquals(List.of("ERROR S-T2-1 [t2.art20_1.regulations.newly_made] reported=-1",
        "ERROR S-T2-1 [t2.art20_1.regulations.newly_published] reported=-1"), summary(CHECKER.check(t2)));
    assertEquals("第二十条第（一）项 › 规章 × 本年新制作数量：-1为负数",
        CHECKER.check(t2).getFindings().get(0).getMessage(Locale.CHINA));
  }

  @Test
  void allowsNegativeChangeOfItems() {
    assertTrue(CHECKER.check(Fixtures.xuanhua().row("t2.art20_8.administrative_fees", "39 -39").build()).isEmpty());
  }

  @Test
  void warnsWhenIssuedExceedsInForcePlusRepealed() {
    Report report = Fixtures.pingtan2021().row("t2.art20_1.normative_documents", "12 2 9").build();
    Finding f = only(CHECKER.check(report), "H-T2-1");
    assertEquals("WARNING H-T2-1 [t2.art20_1.normative_documents.issued, t2.art20_1.normative_documents.in_force, "
        + "t2.art20_1.normative_documents.repealed] reported=12 computed=11", f.toString());
    assertEquals("第二十条第（一）项 › 行政规范性文件：本年制发件数12大于现行有效件数与本年废止件数之和11", f.getMessage(Locale.CHINA));
    assertEquals(1, CHECKER.check(report).getFindings().size());
  }

  @Test
  void warnsWhenPublishedDiffersFromMade() {
    Report report = Fixtures.xuanhua().row("t2.art20_1.normative_documents", "151 150 151").build();
    assertEquals(List.of("WARNING H-T2-2 [t2.art20_1.normative_documents.newly_published, "
        + "t2.art20_1.normative_documents.newly_made] reported=150 computed=151"), summary(CHECKER.check(report)));
  }

  @Test
  void warnsAboutRegulationsOfTownships() {
    Report township = Fixtures.pingtan2021().level(BodyLevel.TOWNSHIP).row("t2.art20_1.regulations", "2 0 2").build();
    CheckResult result = CHECKER.check(township);
    assertEquals(List.of("WARNING H-T2-3 [t2.art20_1.regulations.issued] reported=2",
        "WARNING H-T2-3 [t2.art20_1.regulations.in_force] reported=2"), summary(result));
    assertEquals("第二十条第（一）项 › 规章 × 本年制发件数：乡镇人民政府、街道办事处无规章制定权，却填报2",
        result.getFindings().get(0).getMessage(Locale.CHINA));
    Report city = Fixtures.pingtan2021().level(BodyLevel.PREFECTURE).row("t2.art20_1.regulations", "2 0 2").build();
    assertTrue(CHECKER.check(city).isEmpty());
    Report unknown = Fixtures.pingtan2021().row("t2.art20_1.regulations", "2 0 2").build();
    assertEquals(2, CHECKER.check(unknown).getFindings("H-T2-3").size());
  }

  @Test
  void warnsAboutUnitSlipsInTheFeeAmount() {
    Report report = Fixtures.pingtan2021().put("t2.art20_8.administrative_fees.fee_amount",
        CellValue.of(Money.of(new BigDecimal("190.457379"), MoneyUnit.WAN_YUAN).withPrinted("190.457379"))).build();
    Finding f = only(CHECKER.check(report), "H-T2-4");
    assertEquals("WARNING H-T2-4 [t2.art20_8.administrative_fees.fee_amount] reported=1904573.790000", f.toString());
    assertEquals("第二十条第（八）项 › 行政事业性收费 × 本年收费金额（单位：万元）：190.457379万元疑似单位错误（万元金额有6位小数）",
        f.getMessage(Locale.CHINA));
    Report yuan = Fixtures.pingtan2021().put("t2.art20_8.administrative_fees.fee_amount",
        CellValue.of(Money.of(new BigDecimal("4582"), MoneyUnit.YUAN).withPrinted("4582元"))).build();
    assertEquals("t2.art20_8.administrative_fees.fee_amount: 4582 元 suggests a unit slip "
        + "(the column is in 万元 but 元 is printed)", only(CHECKER.check(yuan), "H-T2-4").getMessage(Locale.ENGLISH)
        .replace("第二十条第（八）项 › 行政事业性收费 × 本年收费金额（单位：万元）", "t2.art20_8.administrative_fees.fee_amount"));
    Report township = Fixtures.pingtan2021().level(BodyLevel.TOWNSHIP)
        .put("t2.art20_8.administrative_fees.fee_amount",
            CellValue.of(Money.of(new BigDecimal("2000000"), MoneyUnit.WAN_YUAN))).build();
    assertEquals(List.of("WARNING H-T2-4 [t2.art20_8.administrative_fees.fee_amount] reported=20000000000"),
        summary(CHECKER.check(township)));
  }

  @Test
  void noticesAnAssumedProcurementUnit() {
    Report report = Fixtures.xuanhua().put("t2.art20_9.government_centralized_procurement.procurement_amount",
        CellValue.of(Money.of(new BigDecimal("251000"), MoneyUnit.YUAN).withUnitAssumed(true))).build();
    Finding f = only(CHECKER.check(report), "P-1");
    assertEquals("NOTICE P-1 [t2.art20_9.government_centralized_procurement.procurement_amount] reported=251000",
        f.toString());
    assertEquals(1, CHECKER.check(report).getFindings().size());
  }

  @Test
  void asksForFeeNoticesWhenRequestsWereClosedForUnpaidFees() {
    Report report = Fixtures.pingtan2021().row("t3.other_other", "2 0 0 0 0 0 2")
        .row("t3.other_fee_unpaid_overdue", "1 0 0 0 0 0 1").section(Section.OTHER_MATTERS, "无。").build();
    Finding f = only(CHECKER.check(report), "H-T3-3");
    assertEquals("WARNING H-T3-3 [t3.other_fee_unpaid_overdue.total] reported=1", f.toString());
    assertEquals("三、本年度办理结果 › （六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 总计为1，"
        + "但“六、其他需要报告的事项”未提及信息处理费", f.getMessage(Locale.CHINA));
    assertEquals(1, CHECKER.check(report).getFindings().size());
    Report tablesOnly = Fixtures.pingtan2021().row("t3.other_other", "2 0 0 0 0 0 2")
        .row("t3.other_fee_unpaid_overdue", "1 0 0 0 0 0 1").build();
    assertTrue(CHECKER.check(tablesOnly).isEmpty());
  }

  @Test
  void locatesNarrativeContradictionsByOffset() {
    String text = "2019年，市政府办公厅共受理政府信息公开申请860件，答复申请805件（含上年度结转申请18件，另有72件申请顺延到下年度答复）。";
    Report report = Fixtures.shanghai().section(Section.REQUESTS, text)
        .section(Section.REVIEW_LITIGATION, "被申请行政复议6件，提起行政诉讼9件。").build();
    CheckResult result = CHECKER.check(report);
    Finding requests = only(result, "H-T3-4");
    assertEquals("WARNING H-T3-4 [t3.new_received.total] reported=860 computed=859 section=requests@13 "
        + "quote=受理政府信息公开申请860件", requests.toString());
    assertEquals(text.indexOf("受理"), requests.getOffset().getAsInt());
    assertEquals("三、收到和处理政府信息公开申请情况第13字“受理政府信息公开申请860件”称860件，表三一、本年新收政府信息公开申请数量 × 总计为859",
        requests.getMessage(Locale.CHINA));
    Finding review = only(result, "H-T4-1");
    assertEquals("WARNING H-T4-1 [t4.review.total] reported=6 computed=7 section=review_litigation@3 "
        + "quote=行政复议6件", review.toString());
  }

  @Test
  void checksLitigationAndCarryOverPhrases() {
    Report report = Fixtures.pingtan2021()
        .section(Section.OVERVIEW, "全年收到申请81件，上年结转2件，结转下年度5件，行政诉讼3起。").build();
    assertEquals(List.of(
        "WARNING H-T3-4 [t3.carried_over_to_next.total] reported=5 computed=4 section=overview@17 quote=结转下年度5件",
        "WARNING H-T4-1 [t4.litigation_direct.total, t4.litigation_after_review.total] reported=3 computed=2 "
            + "section=overview@25 quote=行政诉讼3起"), summary(CHECKER.check(report)));
  }

  @Test
  void flagsEditionMismatches() {
    Report late = Fixtures.xuanhua().build();
    Report report2022 = Report.builder().from(late).year(2022).build();
    assertEquals(List.of("WARNING E-1 []"), summary(CHECKER.check(report2022)));
    assertEquals("表二、三使用GOV_2019格式，2022年度报告应使用GOV_2021格式",
        CHECKER.check(report2022).getFindings().get(0).getMessage(Locale.CHINA));
    Report wrongNotice = Fixtures.pingtan2021().notice("国办公开办函[2019]60号").build();
    Finding f = only(CHECKER.check(wrongNotice), "E-2");
    assertEquals("the report cites \"国办公开办函[2019]60号\" but table 二、三 is in the GOV_2019 edition",
        f.getMessage(Locale.ENGLISH).replace("GOV_2021", "GOV_2019"));
    assertEquals("报告称依据“国办公开办函[2019]60号”，表二、三却使用GOV_2021格式", f.getMessage(Locale.CHINA));
  }

  @Test
  void reportsMixedEditionsWithoutFailing() {
    Fixtures.Draft mixed = new Fixtures.Draft(
        io.github.xxgk.disclosure.model.Catalog.of(io.github.xxgk.disclosure.model.Edition.GOV_2021,
            io.github.xxgk.disclosure.model.Edition.GOV_2019), 2023, "洪泽区人民政府");
    mixed.row("t2.art20_1.regulations", "0 0 0").row("t3.new_received", "1 0 0 0 0 0 1")
        .row("t3.other_handling", "1 0 0 0 0 0 1").row("t3.outcomes_total", "1 0 0 0 0 0 1")
        .include(TableId.REVIEW_LITIGATION);
    CheckResult result = CHECKER.check(mixed.build());
    assertEquals(List.of("WARNING E-1 []", "WARNING E-3 []"), summary(result));
    assertEquals("表二使用GOV_2021格式，表三使用GOV_2019格式", result.getFindings().get(1).getMessage(Locale.CHINA));
    assertEquals("table 三 is in the GOV_2019 edition, a 2023 report uses GOV_2021",
        result.getFindings().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void reportsMissingBlankAndExtraContent() {
    Report missing = Report.builder().from(Fixtures.xuanhua().build()).reviewLitigation(java.util.Optional.empty())
        .build();
    Finding f = only(CHECKER.check(missing), "C-1");
    assertEquals("缺少表四（四、政府信息公开行政复议、行政诉讼情况）", f.getMessage(Locale.CHINA));
    assertEquals(1, CHECKER.check(missing).getFindings().size());

    Report blank = Fixtures.xuanhua().blank(TableId.REVIEW_LITIGATION).build();
    assertEquals("all 15 cells of table 四 are blank",
        only(CHECKER.check(blank), "C-2").getMessage(Locale.ENGLISH));

    Report extra = Report.builder().from(Fixtures.xuanhua().build()).addExtraRows(ExtraRow.builder()
        .table(TableId.REQUESTS).label("（三）不予公开小计").addCells("0", "0").after("t3.partially_granted").build())
        .build();
    assertEquals(List.of("NOTICE C-3 [] quote=（三）不予公开小计"), summary(CHECKER.check(extra)));
  }

  @Test
  void skipsIdentitiesThroughUnresolvedCells() {
    Report report = Fixtures.xuanhua().put("t3.granted.natural_person", CellValue.unresolved("2 0")).build();
    assertEquals(List.of("WARNING C-5 [t3.granted.natural_person] quote=2 0"), summary(CHECKER.check(report)));
    Report wrongTotal = Fixtures.xuanhua().put("t3.granted.natural_person", CellValue.unresolved("2 0"))
        .put("t3.granted.total", 7).build();
    assertEquals(List.of("S-T3-1", "C-5"), ids(CHECKER.check(wrongTotal)));
  }

  @Test
  void reportsCountsTooLargeToCheck() {
    Report report = Fixtures.xuanhua().row("t4.review", "0 0 0 0 0").put("t4.review.upheld", Long.MAX_VALUE)
        .put("t4.review.pending", 1).build();
    CheckResult result = CHECKER.check(report);
    assertEquals(List.of("WARNING C-6 [t4.review.total, t4.review.upheld, t4.review.corrected, "
        + "t4.review.other_result, t4.review.pending] reported=9223372036854775807"), summary(result));
    assertEquals("S-T4-1: the counts are too large to check (e.g. 行政复议 × 结果维持 is 9223372036854775807)",
        result.getFindings().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void appliesAProfile() {
    Report report = Fixtures.xuanhua().row("t4.review", "1 0 0 0 2")
        .row("t2.art20_1.normative_documents", "151 150 151")
        .build();
    Profile profile = Profile.parse("# local profile\nS-T4-1=WARNING\n\nH-T2-2 = off\n");
    CheckResult result = CHECKER.withProfile(profile).check(report);
    assertEquals(List.of("WARNING S-T4-1 [t4.review.total, t4.review.upheld, t4.review.corrected, "
        + "t4.review.other_result, t4.review.pending] reported=2 computed=1"), summary(result));
    assertSame(result, result.orThrow());
    assertEquals(Map.of(Severity.ERROR, 0, Severity.WARNING, 1, Severity.NOTICE, 0), result.getCounts());
    ReportCheckException e = assertThrows(ReportCheckException.class, () -> CHECKER.check(report).orThrow());
    assertEquals("1 error(s)\n  S-T4-1 行政复议: 总计 is 2, the four results sum to 1 (difference 1)",
        e.getMessage());
  }
}

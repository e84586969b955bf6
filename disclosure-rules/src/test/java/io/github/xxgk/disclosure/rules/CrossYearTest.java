package io.github.xxgk.disclosure.rules;

import static io.github.xxgk.disclosure.rules.CheckerTest.CHECKER;
import static io.github.xxgk.disclosure.rules.CheckerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CrossYearTest {
  static Fixtures.Draft xuanhua2020() {
    Fixtures.Draft d = Fixtures.xuanhua();
    d.year = 2020;
    return d.row("t2.art20_5.administrative_licensing", "201 0 100")
        .row("t2.art20_5.other_external_management_services", "125 0 10")
        .row("t2.art20_6.administrative_penalty", "1595 0 87")
        .row("t2.art20_6.administrative_coercion", "50 0 19")
        .row("t2.art20_8.administrative_fees", "42 0")
        .row("t2.art20_1.normative_documents", "10 10 161");
  }

  @Test
  void findsNothingBetweenConsistentYears() {
    assertEquals(List.of(), summary(CHECKER.compare(Fixtures.xuanhua().build(), xuanhua2020().build())));
  }

  @Test
  void comparesCarriedOverRequestsOnEveryColumn() {
    Report last = Fixtures.xuanhua().build();
    Report current = xuanhua2020().row("t3.carried_over_from_previous", "2 0 0 0 0 0 2")
        .row("t3.new_received", "1 0 0 0 0 0 1").build();
    CheckResult result = CHECKER.compare(last, current);
    assertEquals(List.of(
        "WARNING X-1 [t3.carried_over_from_previous.natural_person, t3.carried_over_to_next.natural_person] "
            + "reported=2 computed=0",
        "WARNING X-1 [t3.carried_over_from_previous.total, t3.carried_over_to_next.total] reported=2 computed=0"),
        summary(result));
    assertEquals("自然人列：本年上年结转2，上年结转下年度0（相差2）", result.getFindings().get(0).getMessage(Locale.CHINA));
  }

  @Test
  void bridgesTheEditionChangeForTableThree() {
    Fixtures.Draft last = xuanhua2020().row("t3.carried_over_to_next", "1 0 0 0 0 0 1")
        .row("t3.new_received", "4 0 0 0 0 0 4");
    Report current = Fixtures.pingtan2021().build();
    Report renamed = Report.builder().from(current).body(last.body).build();
    CheckResult result = CHECKER.compare(last.build(), renamed);
    assertEquals(List.of(
        "WARNING X-1 [t3.carried_over_from_previous.natural_person, t3.carried_over_to_next.natural_person] "
            + "reported=2 computed=1",
        "WARNING X-1 [t3.carried_over_from_previous.total, t3.carried_over_to_next.total] reported=2 computed=1"),
        summary(result));
  }

  @Test
  void comparesItemCountsBetween2019And2020() {
    Report current = xuanhua2020().row("t2.art20_5.administrative_licensing", "207 0 100").build();
    CheckResult result = CHECKER.compare(Fixtures.xuanhua().build(), current);
    assertEquals(List.of("WARNING X-2 [t2.art20_5.administrative_licensing.items_prev_year, "
        + "t2.art20_5.administrative_licensing.items_prev_year, t2.art20_5.administrative_licensing.items_change] "
        + "reported=207 computed=201"), summary(result));
    assertEquals("第二十条第（五）项 › 行政许可：上一年项目数量207，上年报告推算为201（相差6）",
        result.getFindings().get(0).getMessage(Locale.CHINA));
  }

  @Test
  void flagsDecreasingTotalPublished() {
    Report current = xuanhua2020().row("t2.art20_1.normative_documents", "10 10 150").build();
    assertEquals(List.of("WARNING X-4 [t2.art20_1.normative_documents.total_published, "
        + "t2.art20_1.normative_documents.total_published] reported=150 computed=151"),
        summary(CHECKER.compare(Fixtures.xuanhua().build(), current)));
  }

  @Test
  void comparesDocumentsInForceFrom2021On() {
    Report last = Fixtures.pingtan2021().build();
    Fixtures.Draft next = Fixtures.pingtan2021().row("t2.art20_1.normative_documents", "5 1 93")
        .row("t3.carried_over_from_previous", "4 0 0 0 0 0 4").row("t3.new_received", "78 1 0 0 0 0 79");
    next.year = 2022;
    assertTrue(CHECKER.compare(last, next.build()).isEmpty());
    next.row("t2.art20_1.normative_documents", "5 1 95");
    CheckResult result = CHECKER.compare(last, next.build());
    assertEquals(List.of("WARNING X-3 [t2.art20_1.normative_documents.in_force, "
        + "t2.art20_1.normative_documents.in_force, t2.art20_1.normative_documents.issued, "
        + "t2.art20_1.normative_documents.repealed] reported=95 computed=93"), summary(result));
    assertEquals("第二十条第（一）项 › 行政规范性文件: in force 95, last year's in force + issued − repealed = 93 "
        + "(difference 2)", result.getFindings().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void refusesReportsThatAreNotConsecutiveYearsOfOneBody() {
    Report other = new Fixtures.Draft(Catalog.of(Edition.GOV_2019), 2020, "其他机关").build();
    CheckResult result = CHECKER.compare(Fixtures.xuanhua().build(), other);
    assertEquals(List.of("WARNING X-0 []"), summary(result));
    assertEquals("上年报告为张家口市宣化区人民政府2019年，本年报告为其他机关2020年，未作跨年度核对",
        result.getFindings().get(0).getMessage(Locale.CHINA));
    assertEquals(List.of("WARNING X-0 []"),
        summary(CHECKER.compare(Fixtures.xuanhua().build(), Fixtures.xuanhua().build())));
  }
}

package io.github.xxgk.disclosure.rules;

import static io.github.xxgk.disclosure.rules.CheckerTest.CHECKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesTest {
  /** A failing and a passing example for a rule; the exact findings are asserted in the other tests. */
  private static final class Example {
    final Supplier<CheckResult> failing;
    final Supplier<CheckResult> passing;

    Example(Supplier<CheckResult> failing, Supplier<CheckResult> passing) {
      this.failing = failing;
      this.passing = passing;
    }
  }

  private static Supplier<CheckResult> check(Supplier<Report> report) {
    return () -> CHECKER.check(report.get());
  }

  private static Report with(Report report, Section section, String text) {
    return Report.builder().from(report).putSections(section, text).build();
  }

  private static Map<String, Example> examples() {
    Map<String, Example> e = new LinkedHashMap<>();
    Supplier<CheckResult> xuanhua = check(() -> Fixtures.xuanhua().build());
    Supplier<CheckResult> pingtan = check(() -> Fixtures.pingtan2021().build());
    Supplier<CheckResult> shanghai = check(() -> Fixtures.shanghai().build());
    e.put("O-T3-1", new Example(check(() -> Fixtures.xuanhua().row("t3.carried_over_to_next", "1 0 0 0 0 0 1")
        .build()), xuanhua));
    e.put("S-T3-1", new Example(check(() -> Fixtures.xuanhua().put("t3.granted.total", 5).build()), xuanhua));
    e.put("S-T3-2", new Example(check(() -> Fixtures.xuanhua().put("t3.granted.total", 5).build()), shanghai));
    e.put("S-T3-3", new Example(check(() -> Fixtures.xuanhua().put("t3.granted.commercial_enterprise", -1)
        .build()), xuanhua));
    e.put("H-T3-3", new Example(check(() -> Fixtures.pingtan2021().row("t3.other_other", "2 0 0 0 0 0 2")
        .row("t3.other_fee_unpaid_overdue", "1 0 0 0 0 0 1").section(Section.OTHER_MATTERS, "无。").build()),
        check(() -> Fixtures.pingtan2021().row("t3.other_other", "2 0 0 0 0 0 2")
            .row("t3.other_fee_unpaid_overdue", "1 0 0 0 0 0 1")
            .section(Section.OTHER_MATTERS, "本年度收取信息处理费100元。").build())));
    e.put("S-T4-1", new Example(check(() -> Fixtures.xuanhua().row("t4.review", "1 1 0 0 1").build()), shanghai));
    e.put("S-T4-2", new Example(check(() -> Fixtures.xuanhua().row("t4.litigation_direct", "1 0 0 0 0").build()),
        pingtan));
    e.put("S-T4-3", new Example(check(() -> Fixtures.xuanhua().row("t4.litigation_after_review", "0 0 0 1 0")
        .build()), xuanhua));
    e.put("S-T4-4", new Example(check(() -> Fixtures.xuanhua().row("t4.review", "2 -1 0 0 1").build()), xuanhua));
    e.put("S-T2-1", new Example(check(() -> Fixtures.pingtan2021().put(
        "t2.art20_6.administrative_coercion.decisions", -4).build()), pingtan));
    e.put("H-T2-1", new Example(check(() -> Fixtures.pingtan2021().row("t2.art20_1.normative_documents", "12 2 9")
        .build()), pingtan));
    e.put("H-T2-2", new Example(check(() -> Fixtures.xuanhua().row("t2.art20_1.normative_documents", "151 1 151")
        .build()), xuanhua));
    e.put("H-T2-3", new Example(check(() -> Fixtures.xuanhua().row("t2.art20_1.regulations", "0 0 6").build()),
        xuanhua));
    e.put("H-T2-4", new Example(check(() -> Fixtures.pingtan2021().put("t2.art20_8.administrative_fees.fee_amount",
        CellValue.of(Money.of(new BigDecimal("190.457379"), MoneyUnit.WAN_YUAN))).build()), pingtan));
    e.put("P-1", new Example(check(() -> Fixtures.xuanhua().put(
        "t2.art20_9.government_centralized_procurement.procurement_amount",
        CellValue.of(Money.of(new BigDecimal("10"), MoneyUnit.YUAN).withUnitAssumed(true))).build()), xuanhua));
    e.put("H-T3-4", new Example(check(() -> with(Fixtures.shanghai().build(), Section.REQUESTS, "收到申请800件")),
        shanghai));
    e.put("H-T4-1", new Example(check(() -> with(Fixtures.shanghai().build(), Section.REVIEW_LITIGATION,
        "行政复议1件")), shanghai));
    e.put("E-1", new Example(check(() -> Report.builder().from(Fixtures.xuanhua().build()).year(2021).build()),
        xuanhua));
    e.put("E-2", new Example(check(() -> Fixtures.xuanhua().notice("国办公开办函〔2021〕30号").build()), pingtan));
    e.put("E-3", new Example(check(RulesTest::mixed), pingtan));
    e.put("C-1", new Example(check(() -> Report.builder().from(Fixtures.xuanhua().build())
        .requests(Optional.empty()).build()), xuanhua));
    e.put("C-2", new Example(check(() -> Fixtures.pingtan2021().blank(TableId.PROACTIVE).build()), shanghai));
    e.put("C-3", new Example(check(() -> Report.builder().from(Fixtures.pingtan2021().build())
        .addExtraRows(ExtraRow.builder().table(TableId.PROACTIVE).label("行政确认").addCells("3").build())
        .build()), pingtan));
    e.put("C-4", new Example(shanghai, xuanhua));
    e.put("C-5", new Example(check(() -> Fixtures.xuanhua().put("t4.review.upheld", CellValue.unresolved("l"))
        .build()), xuanhua));
    e.put("C-6", new Example(check(() -> Fixtures.xuanhua().put("t4.review.upheld", Long.MAX_VALUE).put("t4.review.pending", 1).build()),
        xuanhua));
    e.put("A-1", new Example(check(() -> Fixtures.xuanhua().put("t3.granted.total", 5).build()),
        check(() -> Fixtures.xuanhua().row("t4.review", "10 1 0 0 0").row("t4.litigation_after_review", "5 0 0 0 0")
            .build())));
    Supplier<CheckResult> consecutiveA = () -> CHECKER.compare(Fixtures.xuanhua().build(),
        CrossYearTest.xuanhua2020().build());
    e.put("X-0", new Example(() -> CHECKER.compare(Fixtures.xuanhua().build(), Fixtures.xuanhua().build()),
        consecutiveA));
    e.put("X-1", new Example(() -> CHECKER.compare(Fixtures.xuanhua().build(),
        CrossYearTest.xuanhua2020().row("t3.carried_over_from_previous", "0 1 0 0 0 0 1")
            .row("t3.new_received", "3 -1 0 0 0 0 2").build()), consecutiveA));
    e.put("X-2", new Example(() -> CHECKER.compare(Fixtures.xuanhua().build(),
        CrossYearTest.xuanhua2020().row("t2.art20_8.administrative_fees", "39 0").build()), consecutiveA));
    e.put("X-3", new Example(() -> CHECKER.compare(Fixtures.pingtan2021().build(), pingtan2022(90)),
        () -> CHECKER.compare(Fixtures.pingtan2021().build(), pingtan2022(99))));
    e.put("X-4", new Example(() -> CHECKER.compare(Fixtures.xuanhua().build(),
        CrossYearTest.xuanhua2020().row("t2.art20_1.normative_documents", "0 0 0").build()), consecutiveA));
    Consolidation units = Consolidation.of("全区", List.of(Fixtures.xuanhua().build(),
        new Fixtures.Draft(Catalog.of(Edition.GOV_2019), 2019, "某街道").row("t4.review", "1 0 0 0 1").build()));
    Supplier<CheckResult> consistent = () -> CHECKER.compare(units, published(2, 2019, true));
    e.put("K-1", new Example(() -> CHECKER.compare(units, published(1, 2019, true)), consistent));
    e.put("K-2", new Example(() -> CHECKER.compare(units, published(2, 2020, true)), consistent));
    e.put("K-3", new Example(() -> CHECKER.compare(units, published(2, 2019, false)), consistent));
    return e;
  }

  private static Report published(long reviews, int year, boolean withRequests) {
    Fixtures.Draft d = Fixtures.xuanhua().row("t4.review", reviews + " 0 0 0 " + reviews);
    d.body = "全区";
    d.year = year;
    Report report = d.build();
    return withRequests ? report : Report.builder().from(report).requests(Optional.empty()).build();
  }

  private static Report pingtan2022(long inForce) {
    Fixtures.Draft d = Fixtures.pingtan2021().row("t2.art20_1.normative_documents", "12 2 " + inForce)
        .row("t3.carried_over_from_previous", "4 0 0 0 0 0 4").row("t3.new_received", "78 1 0 0 0 0 79");
    d.year = 2022;
    return d.build();
  }

  private static Report mixed() {
    Fixtures.Draft d = new Fixtures.Draft(Catalog.of(Edition.GOV_2021, Edition.GOV_2019), 2021, "洪泽区人民政府");
    return d.include(TableId.PROACTIVE).include(TableId.REQUESTS).include(TableId.REVIEW_LITIGATION).build();
  }

  @Test
  void everyRuleHasAFailingAndAPassingExample() {
    Map<String, Example> examples = examples();
    List<String> ids = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      ids.add(rule.getId());
    }
    assertEquals(ids, new ArrayList<>(examples.keySet()));
    for (Map.Entry<String, Example> e : examples.entrySet()) {
      CheckResult failing = e.getValue().failing.get();
      CheckResult passing = e.getValue().passing.get();
      assertFalse(failing.getFindings(e.getKey()).isEmpty(), () -> e.getKey() + " does not fail: " + failing);
      assertTrue(passing.getFindings(e.getKey()).isEmpty(), () -> e.getKey() + " does not pass: " + passing);
    }
  }

  @Test
  void catalogueEntriesAreComplete() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rules.all()) {
      assertTrue(ids.add(rule.getId()), rule.getId());
      assertFalse(rule.getEditions().isEmpty(), rule.getId());
      assertTrue(rule.getSection().startsWith("§"), rule.getId());
      assertFalse(rule.getTitle(Locale.CHINESE).equals(rule.getTitle(Locale.ENGLISH)), rule.getId());
      assertSameNames(rule.getTemplate(Locale.CHINESE), rule.getTemplate(Locale.ENGLISH), rule.getId());
    }
    assertEquals(Rules.S_T4_2, Rules.get("S-T4-2"));
    assertEquals(Optional.empty(), Rules.find("X-9"));
    assertEquals("unknown rule: X-9", assertThrows(IllegalArgumentException.class, () -> Rules.get("X-9"))
        .getMessage());
  }

  private static void assertSameNames(String zh, String en, String id) {
    Set<String> a = names(zh.replace("reason_zh", "reason"));
    Set<String> b = names(en.replace("reason_en", "reason"));
    assertEquals(a, b, id);
  }

  private static Set<String> names(String template) {
    Set<String> names = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([a-zA-Z_]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void profilesSwitchRulesOffAndChangeSeverities() {
    Profile profile = Profile.builder().off("H-T2-1").severity("S-T4-1", Severity.WARNING).build();
    assertEquals("S-T4-1=WARNING\nH-T2-1=off\n", profile.toText());
    assertEquals(profile, Profile.parse(profile.toText()));
    assertFalse(profile.isEnabled(Rules.H_T2_1));
    assertEquals(Optional.of(Severity.WARNING), profile.getSeverity(Rules.S_T4_1));
    assertEquals(Optional.of(Severity.ERROR), profile.getSeverity(Rules.S_T4_2));
    assertEquals(Optional.empty(), profile.getSeverity(Rules.H_T2_1));
    Report report = Fixtures.pingtan2021().row("t2.art20_1.normative_documents", "12 2 9").build();
    assertTrue(CHECKER.withProfile(profile).check(report).isEmpty());
    assertEquals(Profile.standard(), Profile.parse("# nothing\n\n"));
  }

  @Test
  void readsAProfileFileNamingItInErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("strict.profile");
    Files.writeString(file, "# strict\nH-T2-1=ERROR\n", StandardCharsets.UTF_8);
    assertEquals(Optional.of(Severity.ERROR), Profile.read(file).getSeverity(Rules.H_T2_1));
    Files.writeString(file, "H-T2-1=ERROR\nX=1\n", StandardCharsets.UTF_8);
    assertEquals(file + ": line 2: unknown rule: X",
        assertThrows(IllegalArgumentException.class, () -> Profile.read(file)).getMessage());
  }

  @Test
  void rejectsMalformedProfilesNamingTheLine() {
    assertEquals("line 2: unknown rule: H-T9-9",
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("H-T2-1=off\nH-T9-9=off")).getMessage());
    assertEquals("line 1: severity must be off, ERROR, WARNING or NOTICE: FATAL",
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("S-T3-1=FATAL")).getMessage());
    assertEquals("line 3: expected RULE-ID=off|ERROR|WARNING|NOTICE: S-T3-1",
        assertThrows(IllegalArgumentException.class, () -> Profile.parse("#\n\nS-T3-1")).getMessage());
  }

  @Test
  void thePlainRulesApiNeedsNoValidationProvider() throws IOException, URISyntaxException {
    Path dir = Path.of(Checker.class.getResource("Checker.class").toURI()).getParent();
    List<Path> classes;
    try (Stream<Path> files = Files.list(dir)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).toList();
    }
    assertTrue(classes.size() > 15, classes::toString);
    for (Path c : classes) {
      String bytes;
      try (InputStream in = Files.newInputStream(c)) {
        bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      }
      assertFalse(bytes.contains("org/hibernate"), c.toString());
      assertFalse(bytes.contains("jakarta/validation"), c.toString());
    }
  }
}

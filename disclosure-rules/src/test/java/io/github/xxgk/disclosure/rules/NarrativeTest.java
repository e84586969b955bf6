package io.github.xxgk.disclosure.rules;

import static io.github.xxgk.disclosure.rules.CheckerTest.CHECKER;
import static io.github.xxgk.disclosure.rules.CheckerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NarrativeTest {
  /** The prose of section 一 of the Shanghai 2019 report (FORMAT.md S2), from the corpus page, tags removed. */
  private static String shanghaiProse() throws IOException {
    Path page = Path.of(System.getProperty("disclosure.corpus"), "reports", "e2019-2019-shanghai-szfbgt.html");
    String text = Files.readString(page, StandardCharsets.UTF_8).replaceAll("<[^>]+>", "").replace("&nbsp;", " ");
    int start = text.indexOf("市政府办公厅代表市政府共受理");
    int end = text.indexOf("良好形象。", start);
    assertTrue(start > 0 && end > start, "the S2 prose is in the corpus page");
    return text.substring(start, end + "良好形象。".length());
  }

  @Test
  void acceptsThePublishedTotalsOfShanghai() throws IOException {
    String prose = shanghaiProse();
    assertTrue(prose.contains("共受理政府信息公开申请859件"), prose);
    assertTrue(prose.contains("信息公开类行政复议7件，诉讼9件"), prose);
    CheckResult result = CHECKER.check(Fixtures.shanghai().section(Section.OVERVIEW, prose).build());
    assertEquals(List.of(), result.getFindings("H-T3-4"));
    assertEquals(List.of(), result.getFindings("H-T4-1"));
  }

  @Test
  void quotesTheContradictedPhraseOfTheRealProse() throws IOException {
    String prose = shanghaiProse();
    Fixtures.Draft draft = Fixtures.shanghai().section(Section.OVERVIEW, prose).section(Section.REQUESTS, "")
        .section(Section.REVIEW_LITIGATION, "")
        .row("t4.litigation_direct", "8 · · 2 10").row("t3.new_received", "821 35 · · 2 1 858")
        .row("t3.carried_over_to_next", "73 · · · · · 73").row("t3.new_received", "821 35 · · 2 1 859")
        .row("t3.carried_over_from_previous", "19 · · · · · 19");
    List<String> narrative = summary(CHECKER.check(draft.build())).stream()
        .filter(s -> s.contains("H-T")).toList();
    int received = prose.indexOf("上年度结转申请18件");
    int litigation = prose.indexOf("诉讼9件");
    assertEquals(List.of(
        "WARNING H-T3-4 [t3.carried_over_from_previous.total] reported=18 computed=19 section=overview@" + received
            + " quote=上年度结转申请18件",
        "WARNING H-T4-1 [t4.litigation_direct.total, t4.litigation_after_review.total] reported=9 computed=10 "
            + "section=overview@" + litigation + " quote=诉讼9件"), narrative);
  }

  @Test
  void ignoresCountsOfOtherThings() {
    String text = "全县共办理相关案件 74 件。所有办结的信息公开申请中同意公开答复 9 件，累计开展办前主动沟通 49 次。";
    assertTrue(CHECKER.check(Fixtures.pingtan2021().section(Section.OVERVIEW, text).build()).isEmpty());
  }

  @Test
  void readsSpacedNumbersOfConvertedPdfs() {
    String text = "全年收到政府信息公开申请 81 件，上年结转政府信息公开\n申请 2 件；共办理 79 件，结转下一年 5 件。";
    assertEquals(List.of("WARNING H-T3-4 [t3.carried_over_to_next.total] reported=5 computed=4 "
        + "section=overview@" + text.indexOf("结转下一年") + " quote=结转下一年 5 件"),
        summary(CHECKER.check(Fixtures.pingtan2021().section(Section.OVERVIEW, text).build())));
  }

  /** The phrases as the regular expressions the hand-written scan replaces; the oracle of the scan. */
  private static final String GAP = "[^，。；,;：:\\d]";
  private static final String CASE_GAP = "[^，。；,;：:\\d案]";
  private static final String[] REGEXES = {
      "(?:新收|收到|受理|接到|接收)" + GAP + "{0,20}?申请" + GAP + "{0,8}?(\\d+)\\s*(?:件|个|条)",
      "(?:上年度?|上一年度?)结转" + GAP + "{0,12}?(\\d+)\\s*件",
      "结转(?:至|到)?下一?年度?" + GAP + "{0,12}?(\\d+)\\s*件",
      "(?:共办理|共答复|办结|答复了?(?:政府信息公开)?申请)" + CASE_GAP + "{0,12}?(\\d+)\\s*件",
      "行政复议" + GAP + "{0,8}?(\\d+)\\s*(?:件|起|宗)",
      "(?<!复议后起)(?:行政)?诉讼" + GAP + "{0,8}?(\\d+)\\s*(?:件|起|宗)"};
  private static final String[][] TARGETS = {{"t3.new_received.total"}, {"t3.carried_over_from_previous.total"},
      {"t3.carried_over_to_next.total"}, {"t3.outcomes_total.total"}, {"t4.review.total"},
      {"t4.litigation_direct.total", "t4.litigation_after_review.total"}};
  private static final String[] FRAGMENTS = {"新收", "收到", "受理", "接到", "接收", "申请", "上年度", "上年", "上一年",
      "上一年度", "上", "结转", "至", "到", "下", "下一", "年", "度", "共办理", "共答复", "共", "办结", "办", "答复", "答",
      "了", "政府信息公开", "行政复议", "行政", "行", "诉讼", "诉", "复议后起", "复议", "案", "件", "个", "条", "起", "宗",
      "81", "2", "4", "79", "3", "0", "12", "007", "9223372036854775807", "9223372036854775808",
      "99999999999999999999999", " ", "\n", "\t", "\u3000", "\u000b", "，", "。", "；", ",", ";", "：", ":", "的", "政府",
      "信息", "公开", "共计", "\ud840\udc00", "\ud800", "\udc00", "８", "x"};

  @Test
  void findsWhatTheRegularExpressionsFindOnRandomTexts() {
    Random random = new Random(20261202L);
    int found = 0;
    for (int n = 0; n < 3000; n++) {
      String overview = randomText(random);
      String requests = randomText(random);
      String review = randomText(random);
      Report report = Fixtures.pingtan2021().section(Section.OVERVIEW, overview).section(Section.REQUESTS, requests)
          .section(Section.REVIEW_LITIGATION, review).build();
      List<String> expected = new ArrayList<>();
      for (int p = 0; p < REGEXES.length; p++) {
        boolean t3 = p < 4;
        expected.addAll(oracle(report, p, Section.OVERVIEW, overview));
        expected.addAll(oracle(report, p, t3 ? Section.REQUESTS : Section.REVIEW_LITIGATION, t3 ? requests : review));
      }
      List<String> actual = new ArrayList<>();
      for (Finding f : CHECKER.check(report).getFindings()) {
        if (f.getRuleId().startsWith("H-T3-4") || f.getRuleId().startsWith("H-T4-1")) {
          actual.add(line(f));
        }
      }
      expected.sort(null);
      actual.sort(null);
      assertEquals(expected, actual, "texts: " + List.of(overview, requests, review));
      found += expected.size();
    }
    assertTrue(found > 1000, "the random texts hold phrases: " + found);
  }

  /** Returns fragments at random, half of them shaped like a phrase: a keyword, a gap, a number, blanks, a unit. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(30);
    for (int i = 0; i < count; i++) {
      if (random.nextBoolean()) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        continue;
      }
      text.append(KEYWORDS[random.nextInt(KEYWORDS.length)]);
      for (int gap = random.nextInt(4); gap > 0; gap--) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      text.append(FRAGMENTS[40 + random.nextInt(10)]).append(random.nextBoolean() ? "" : " ")
          .append(UNITS[random.nextInt(UNITS.length)]);
    }
    return text.toString();
  }

  private static final String[] KEYWORDS = {"收到申请", "受理政府信息公开申请", "新收申请", "上年度结转", "上一年结转",
      "结转下年度", "结转至下一年", "共办理", "办结", "答复了申请", "答复政府信息公开申请", "行政复议", "行政诉讼", "诉讼",
      "复议后起诉讼", "复议后起行政诉讼"};
  private static final String[] UNITS = {"件", "个", "条", "起", "宗", "次"};

  private static List<String> oracle(Report report, int phrase, Section section, String text) {
    Catalog catalog = report.getCatalog();
    long total = 0;
    StringBuilder target = new StringBuilder();
    for (String address : TARGETS[phrase]) {
      Cell cell = catalog.get(address);
      total += report.getCount(cell);
      target.append(target.length() == 0 ? "" : " + ").append(cell.getLabelPath());
    }
    List<String> lines = new ArrayList<>();
    Matcher m = Pattern.compile(REGEXES[phrase]).matcher(text);
    while (m.find()) {
      long stated;
      try {
        stated = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        continue;
      }
      if (stated != total) {
        lines.add((phrase < 4 ? "H-T3-4" : "H-T4-1") + " " + List.of(TARGETS[phrase]) + " " + stated + " " + total
            + " " + section + "@" + m.start() + " " + m.group() + " {target=" + target + "}");
      }
    }
    return lines;
  }

  private static String line(Finding f) {
    return f.getRuleId() + " " + f.getAddresses() + " " + f.getReported().orElseThrow() + " "
        + f.getComputed().orElseThrow() + " " + f.getSection().orElseThrow() + "@" + f.getOffset().orElseThrow() + " "
        + f.getQuote().orElseThrow() + " " + f.getValues();
  }
}

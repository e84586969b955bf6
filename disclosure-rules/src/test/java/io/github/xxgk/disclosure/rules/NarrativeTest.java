package io.github.xxgk.disclosure.rules;

import static io.github.xxgk.disclosure.rules.CheckerTest.CHECKER;
import static io.github.xxgk.disclosure.rules.CheckerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}

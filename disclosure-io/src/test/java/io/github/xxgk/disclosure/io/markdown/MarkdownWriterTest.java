package io.github.xxgk.disclosure.io.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.io.TestReports;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
  @Test
  void writesEachTableWithLabelPathsFromTheCatalog() {
    String md = MarkdownWriter.of().toMarkdown(TestReports.mixed());
    assertTrue(md.startsWith("# 某县人民政府2021年政府信息公开工作年度报告\n\n- 报告机关：某县人民政府\n- 报告年度：2021年\n"
        + "- 表格格式：表二 国办公开办函〔2021〕30号，表三 国办公开办函〔2019〕60号\n\n## 二、主动公开政府信息情况\n\n"
        + "**第二十条第（一）项**\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | ---: | ---: | ---: |\n"
        + "| 规章 | 2 | 0 | 0 |\n"), md);
    assertTrue(md.contains("**第二十条第（八）项**\n\n| 信息内容 | 本年收费金额（单位：万元） |\n| --- | ---: |\n| 行政事业性收费 | 1.50 |\n"));
    assertTrue(md.contains("\n## 三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n"
        + "|  | 自然人 | 法人或其他组织 › 商业企业 | 法人或其他组织 › 科研机构 | 法人或其他组织 › 社会公益组织 | 法人或其他组织 › 法律服务机构 | "
        + "法人或其他组织 › 其他 | 总计 |\n"));
    assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | *七* |\n"));
    assertTrue(md.contains("| 三、本年度办理结果 › （六）其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 0 |\n"));
    assertTrue(md.contains("|  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
        + "| 行政复议 | 0 | 0 | 0 | 0 | 0 |\n| 行政诉讼 › 未经复议直接起诉 | 0 | 0 | 0 | 0 | 0 |\n"));
    assertFalse(md.contains("检查结果"));
  }

  @Test
  void writesMoneyWithItsUnitAndBlanksEmpty() {
    String md = MarkdownWriter.of().toMarkdown(TestReports.procurement2019());
    assertTrue(md.contains("| 政府集中采购 | 0 | 4.08亿元 |\n"), md);
    assertTrue(md.contains("| 行政许可 | 0 | -6 | 0 |\n"));
    String full = MarkdownWriter.of().toMarkdown(TestReports.full2021());
    assertTrue(full.contains("| 一、本年新收政府信息公开申请数量 | 11 | 12 |  |  | 15 | 16 | 17 |\n"), full);
  }

  @Test
  void escapesMarkdownAndHtmlInEveryText() {
    String md = MarkdownWriter.of().toMarkdown(TestReports.full2021());
    assertFalse(md.matches("(?s).*(?<!\\\\)<.*"), md);
    assertTrue(md.startsWith("# 2022年政府信息公开工作年度报告 \\<i\\>\\<script\\>alert('x')\\</script\\> \\& \"q\" \\&amp; \\| "
        + "\\*a\\* \\`b\\` \\[c\\](d) =1+2\\</i\\>\n\n- 报告机关：平潭综合实验区\\<b\\>金井\\</b\\>片区管理局 \\& \"测试\"\n"), md);
    assertTrue(md.contains("| *=cmd\\|' /C calc'\\!A0* |\n"));
    assertTrue(md.contains("- 行政检查 \\<x\\>：5 ｜ -2 ｜ =SUM(A1)（在 `t2.art20_6.administrative_coercion` 之后）\n"));
    assertTrue(md.contains("- （八）其他 \"附\"：1 ｜ （空） ｜ （空） ｜ （空） ｜ （空） ｜ （空） ｜ 1（在 `t3.outcomes_total` 之后）\n"));
    assertEquals("a b c", MarkdownWriter.escape("a\r\nb\nc"));
  }

  @Test
  void marksNotedCellsAndListsNotes() {
    List<CellNote> notes = List.of(
        CellNote.of("ERROR", "O-T3-1", "一加二 | 不等 *", List.of("t3.new_received.total", "t2.art20_9.nowhere")),
        CellNote.of("WARNING", "Q-2", "空", List.of("t3.new_received.social_welfare_org", "t3.new_received.total")));
    String md = MarkdownWriter.of().withNotes(notes).toMarkdown(TestReports.full2021());
    assertTrue(md.contains("| 一、本年新收政府信息公开申请数量 | 11 | 12 |  | **（空）** ⚠2 | 15 | 16 | **17** ⚠1,2 |\n"), md);
    assertTrue(md.endsWith("\n## 检查结果\n\n"
        + "1. **ERROR** O-T3-1：一加二 \\| 不等 \\* — `t3.new_received.total`（一、本年新收政府信息公开申请数量 × 总计）；"
        + "`t2.art20_9.nowhere`\n"
        + "2. **WARNING** Q-2：空 — `t3.new_received.social_welfare_org`（一、本年新收政府信息公开申请数量 × 法人或其他组织 › "
        + "社会公益组织）；`t3.new_received.total`（一、本年新收政府信息公开申请数量 × 总计）\n"), md);
  }
}

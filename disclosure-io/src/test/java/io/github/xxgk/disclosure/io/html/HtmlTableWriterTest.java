package io.github.xxgk.disclosure.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.io.TestReports;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlTableWriterTest {
  @Test
  void writesTable3HeaderWithMergedCellsAndTheIdentityNote() {
    Element table = table(TestReports.full2021(), "t3");
    List<Element> rows = table.select("tr");
    assertEquals(List.of("th[3x3] " + RequestRow.IDENTITY_NOTE, "th[1x7] 申请人情况"), describe(rows.get(0)));
    assertEquals(List.of("th[2x1] 自然人", "th[1x5] 法人或其他组织", "th[2x1] 总计"), describe(rows.get(1)));
    assertEquals(List.of("th[1x1] 商业企业", "th[1x1] 科研机构", "th[1x1] 社会公益组织", "th[1x1] 法律服务机构", "th[1x1] 其他"),
        describe(rows.get(2)));
    assertEquals("th[1x3] 一、本年新收政府信息公开申请数量", describe(rows.get(3)).get(0));
    assertEquals(List.of("th[23x1] 三、本年度办理结果", "th[1x2] （一）予以公开"), describe(rows.get(5)).subList(0, 2));
    assertEquals(List.of("th[8x1] （三）不予公开", "th[1x1] 1.属于国家秘密"), describe(rows.get(7)).subList(0, 2));
    assertEquals(List.of("th[3x1] （六）其他处理", "th[1x1] 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        describe(rows.get(23)).subList(0, 2));
    assertEquals("th[1x2] （七）总计", describe(rows.get(26)).get(0));
    // 3 header rows, 25 data rows and the extra row after （七）总计, which joins its row group
    assertEquals(29, rows.size());
    assertEquals(List.of("th[1x2] （八）其他 \"附\"", "td[1x1] 1", "td[1x1] ", "td[1x1] ", "td[1x1] ", "td[1x1] ",
        "td[1x1] ", "td[1x1] 1"), describe(rows.get(27)));
  }

  @Test
  void writesTable3Of2019WithOtherHandlingAsOneRow() {
    Element table = table(TestReports.mixed(), "t3");
    List<Element> rows = table.select("tr");
    assertEquals(List.of("th[20x1] 三、本年度办理结果", "th[1x2] （一）予以公开"), describe(rows.get(5)).subList(0, 2));
    assertEquals(List.of("th[1x2] （六）其他处理", "td[1x1] 4"), describe(rows.get(23)).subList(0, 2));
    assertEquals(3 + 23, rows.size());
  }

  @Test
  void writesTable4WithReviewAndLitigationGroups() {
    List<Element> rows = table(TestReports.mixed(), "t4").select("tr");
    assertEquals(List.of("th[1x5] 行政复议", "th[1x10] 行政诉讼"), describe(rows.get(0)));
    assertEquals(List.of("th[2x1] 结果维持", "th[2x1] 结果纠正", "th[2x1] 其他结果", "th[2x1] 尚未审结", "th[2x1] 总计",
        "th[1x5] 未经复议直接起诉", "th[1x5] 复议后起诉"), describe(rows.get(1)));
    assertEquals(10, rows.get(2).children().size());
    assertEquals(15, rows.get(3).select("td").size());
  }

  @Test
  void writesTable2Of2019OnAFiveColumnGrid() {
    List<Element> rows = table(TestReports.procurement2019(), "t2").select("tr");
    assertEquals(List.of("th[1x5] 第二十条第（一）项"), describe(rows.get(0)));
    assertEquals(List.of("th[1x1] 信息内容", "th[1x1] 本年新制作数量", "th[1x2] 本年新公开数量", "th[1x1] 对外公开总数量"),
        describe(rows.get(1)));
    assertEquals(List.of("th[1x1] 行政许可", "td[1x1] 0", "td[1x2] -6", "td[1x1] 0"), describe(rows.get(6)));
    assertEquals(List.of("th[1x1] 政府集中采购", "td[1x2] 0", "td[1x2] 4.08亿元"), describe(rows.get(17)));
    assertEquals(18, rows.size());
  }

  @Test
  void writesTable2Of2021OnAFourColumnGridInAMixedReport() {
    List<Element> rows = table(TestReports.mixed(), "t2").select("tr");
    assertEquals(List.of("th[1x4] 第二十条第（一）项"), describe(rows.get(0)));
    assertEquals(List.of("th[1x1] 行政规范性文件", "td[1x1] 0", "td[1x1] 0", "td[1x1] 0"), describe(rows.get(3)));
    assertEquals(List.of("th[1x1] 信息内容", "th[1x3] 本年收费金额（单位：万元）"), describe(rows.get(12)));
    assertEquals(List.of("th[1x1] 行政事业性收费", "td[1x3] 1.50"), describe(rows.get(13)));
    assertEquals(14, rows.size());
  }

  @Test
  void everyTableRowFillsTheSameGridWidth() {
    List<Report> reports = new ArrayList<>(TestReports.handMade());
    reports.addAll(TestReports.fromExpected().values());
    for (Report report : reports) {
      Document page = Jsoup.parse(HtmlTableWriter.of().toPage(report));
      for (Element table : page.select("table.disclosure-table")) {
        List<Integer> widths = gridWidths(table);
        int expected = table.attr("data-table").equals("t2") ? widths.get(0) : widths.get(widths.size() - 1);
        for (int r = 0; r < widths.size(); r++) {
          if (!table.select("tr").get(r).hasClass("extra")) {
            assertEquals(expected, widths.get(r), report.getBody() + " " + table.attr("data-table") + " row " + r);
          }
        }
      }
    }
  }

  @Test
  void showsBlankEmptyUnresolvedAsPrintedAndMoneyAsPrinted() {
    Document page = Jsoup.parse(HtmlTableWriter.of().toPage(TestReports.full2021()));
    assertEquals("", page.getElementById("cell-t3.new_received.research_institution").text());
    assertTrue(page.getElementById("cell-t3.new_received.research_institution").hasClass("blank"));
    assertEquals("\u00a0", page.getElementById("cell-t3.new_received.research_institution").wholeText());
    assertEquals("—", page.getElementById("cell-t3.granted.other_org").text());
    assertEquals("", page.getElementById("cell-t3.new_received.social_welfare_org").wholeText());
    assertEquals("270020130", page.getElementById("cell-t3.granted.total").text());
    assertTrue(page.getElementById("cell-t3.granted.total").hasClass("unresolved"));
    assertEquals("190.457379", page.getElementById("cell-t2.art20_8.administrative_fees.fee_amount").text());
    assertEquals("3", page.getElementById("cell-t2.art20_1.regulations.issued").text());
  }

  @Test
  void escapesEveryText() {
    Report report = TestReports.full2021();
    String page = HtmlTableWriter.of().toPage(report);
    assertFalse(page.contains("<script"), page);
    assertFalse(page.contains("<b>"));
    assertFalse(page.contains("<x>"));
    assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &amp;amp;"));
    Document doc = Jsoup.parse(page);
    assertEquals(report.getTitle().orElseThrow(), doc.title());
    assertEquals(report.getTitle().orElseThrow(), doc.selectFirst("h1").text());
    assertEquals(report.getBody(), doc.selectFirst("dl.disclosure-meta dd").text());
    assertEquals("https://www.pingtan.gov.cn/a?b=1&c=<2>", doc.select("dl.disclosure-meta dd").last().text());
    assertEquals("第二段 " + TestReports.HOSTILE, doc.select("h2#section-overview + p + p").text());
    assertEquals("行政检查 <x>", doc.selectFirst("table[data-table=t2] tr.extra th").text());
    assertEquals("=SUM(A1)", doc.select("table[data-table=t2] tr.extra td").last().text());
    assertEquals("=cmd|' /C calc'!A0", doc.getElementById("cell-t3.carried_over_to_next.total").text());
  }

  @Test
  void fragmentIsOneDivWithSectionsInOrder() {
    String fragment = HtmlTableWriter.of().toFragment(TestReports.full2021());
    assertTrue(fragment.startsWith("<div class=\"disclosure-report\" data-edition=\"GOV_2021\" data-year=\"2022\">\n"));
    assertTrue(fragment.endsWith("</div>\n"));
    Document doc = Jsoup.parseBodyFragment(fragment);
    assertEquals(List.of(Section.values()).stream().map(Section::getTitle).collect(Collectors.toList()),
        doc.select("h2").eachText());
    assertEquals(List.of("t2", "t3", "t4"), doc.select("table").eachAttr("data-table"));
  }

  @Test
  void overlaysNotesWithHighlightsAndLinksBothWays() {
    List<CellNote> notes = List.of(
        CellNote.of("ERROR", "O-T3-1", "一加二不等于三加四 <b>", List.of("t3.new_received.total", "t3.outcomes_total.total")),
        CellNote.of("WARNING", "Q-1", "注意", List.of("t3.new_received.total", "t9.nowhere")));
    Document doc = Jsoup.parse(HtmlTableWriter.of().withNotes(notes).toPage(TestReports.full2021()));
    Element cell = doc.getElementById("cell-t3.new_received.total");
    assertTrue(cell.hasClass("note-error"));
    assertEquals("background-color:#f8d7da", cell.attr("style"));
    assertEquals(List.of("#note-1", "#note-2"), cell.select("sup a").eachAttr("href"));
    assertEquals("1. O-T3-1: 一加二不等于三加四 <b>\n2. Q-1: 注意", cell.attr("title"));
    Element first = doc.getElementById("note-1");
    assertEquals(List.of("#cell-t3.new_received.total", "#cell-t3.outcomes_total.total"),
        first.select("a").eachAttr("href"));
    assertEquals("ERROR O-T3-1 一加二不等于三加四 <b> （一、本年新收政府信息公开申请数量 × 总计、三、本年度办理结果 › （七）总计 × 总计）",
        first.text());
    assertEquals(List.of("t9.nowhere"), doc.getElementById("note-2").select("code").eachText().subList(1, 2));
    assertTrue(doc.getElementById("cell-t3.outcomes_total.total").hasClass("note-error"));
    assertFalse(doc.getElementById("cell-t3.granted.total").hasClass("note"));
  }

  private static Element table(Report report, String id) {
    return Jsoup.parse(HtmlTableWriter.of().toFragment(report)).selectFirst("table[data-table=" + id + "]");
  }

  private static List<String> describe(Element row) {
    List<String> cells = new ArrayList<>();
    for (Element cell : row.children()) {
      cells.add(cell.tagName() + "[" + span(cell, "rowspan") + "x" + span(cell, "colspan") + "] " + cell.text());
    }
    return cells;
  }

  private static int span(Element cell, String name) {
    return cell.hasAttr(name) ? Integer.parseInt(cell.attr(name)) : 1;
  }

  /** Returns per row the number of grid columns it covers, counting cells spanning down from rows above. */
  static List<Integer> gridWidths(Element table) {
    List<Element> rows = table.select("tr");
    Map<Integer, Integer> carried = new HashMap<>();
    List<Integer> widths = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      int width = carried.getOrDefault(r, 0);
      for (Element cell : rows.get(r).children()) {
        int colspan = span(cell, "colspan");
        width += colspan;
        for (int below = 1; below < span(cell, "rowspan"); below++) {
          carried.merge(r + below, colspan, Integer::sum);
        }
      }
      widths.add(width);
    }
    return widths;
  }
}

package io.github.xxgk.disclosure.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.read.PrintedCell;
import io.github.xxgk.disclosure.io.read.PrintedDocument;
import io.github.xxgk.disclosure.io.read.PrintedRow;
import io.github.xxgk.disclosure.io.read.PrintedTable;
import io.github.xxgk.disclosure.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Layouts built from glyphs and rulings placed by hand, for the cases the three real PDFs do not show. */
class PdfLayoutSyntheticTest {
  private static final double SIZE = 10;

  /** Glyphs of a text written left to right from x on the base line y; digits half as wide as Chinese. */
  private static List<Glyph> text(String s, double x, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      String c = s.substring(i, i + 1);
      double w = c.matches("[0-9.]") ? SIZE / 2 : SIZE;
      out.add(new Glyph(c, x, y, w, SIZE * 0.7, SIZE));
      x += w;
    }
    return out;
  }

  /** Glyphs of a text written one character per line, top to bottom. */
  private static List<Glyph> vertical(String s, double x, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      out.add(new Glyph(s.substring(i, i + 1), x, y + i * SIZE * 1.5, SIZE, SIZE * 0.7, SIZE));
    }
    return out;
  }

  private static Ruling h(double y, double x0, double x1) {
    return new Ruling(true, y, x0, x1);
  }

  private static Ruling v(double x, double y0, double y1) {
    return new Ruling(false, x, y0, y1);
  }

  private static String cells(PrintedRow row) {
    return row.getCells().stream().map(PrintedCell::getText).collect(Collectors.joining("|"));
  }

  @Test
  void spansAVerticalLabelOverTheRowsItHasNoRulingBetween() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(vertical("三、本年度", 103, 115));
    glyphs.addAll(text("（一）予以公开", 130, 115));
    glyphs.addAll(text("5", 300, 115));
    glyphs.addAll(text("（二）部分公开", 130, 145));
    glyphs.addAll(text("12", 300, 145));
    // the last row has no bottom border: the page break cut it; the vertical rulings run on to y 200
    List<Ruling> rulings = List.of(h(100, 100, 350), h(130, 120, 350), v(100, 100, 200), v(120, 100, 200),
        v(280, 100, 200), v(350, 100, 200));
    PageContent page = new PageContent(1, 595, 842, glyphs, rulings, 0, List.of());
    List<PdfBlock> blocks = PdfLayout.page(page);
    assertEquals(1, blocks.size());
    PrintedTable table = PrintedPdf.table((PdfTable) blocks.get(0), null);
    assertEquals(List.of("三、本年度|（一）予以公开|5", "三、本年度|（二）部分公开|12"),
        table.getRows().stream().map(PdfLayoutSyntheticTest::cells).toList());
  }

  @Test
  void readsFifteenNumbersOnOneUnruledLineAsOneRow() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(text("四、政府信息公开行政复议、行政诉讼情况", 100, 100));
    String[] numbers = "10 1 0 0 11 0 0 0 0 0 5 0 0 0 5".split(" ");
    for (int i = 0; i < numbers.length; i++) {
      glyphs.addAll(text(numbers[i], 80 + i * 30, 130));
    }
    glyphs.addAll(text("五、存在的主要问题及改进情况", 100, 160));
    PageContent page = new PageContent(1, 595, 842, glyphs, List.of(), 0, List.of());
    PrintedDocument doc = PrintedPdf.of("t.pdf", PdfLayout.of(List.of(page)));
    assertEquals(1, doc.getTables().size());
    PrintedTable table = doc.getTables().get(0);
    assertEquals("四、政府信息公开行政复议、行政诉讼情况", table.getCaption().orElseThrow());
    assertEquals(List.of("10|1|0|0|11|0|0|0|0|0|5|0|0|0|5"),
        table.getRows().stream().map(PdfLayoutSyntheticTest::cells).toList());
    assertEquals(List.of(Section.REVIEW_LITIGATION, Section.PROBLEMS_IMPROVEMENTS),
        List.copyOf(doc.getSections().keySet()));
  }

  @Test
  void keepsTheColumnOfABlankCellInAnUnruledTable() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(text("二、主动公开政府信息情况", 100, 100));
    glyphs.addAll(text("规章", 80, 130));
    glyphs.addAll(text("1", 200, 130));
    glyphs.addAll(text("20", 240, 130));
    glyphs.addAll(text("300", 280, 130));
    glyphs.addAll(text("行政规范性文件", 80, 160));
    glyphs.addAll(text("4", 200, 160));
    glyphs.addAll(text("6", 285, 160));
    PageContent page = new PageContent(1, 595, 842, glyphs, List.of(), 0, List.of());
    PrintedTable table = PrintedPdf.of("t.pdf", PdfLayout.of(List.of(page))).getTables().get(0);
    assertEquals(List.of("规章|1|20|300", "行政规范性文件|4||6"),
        table.getRows().stream().map(PdfLayoutSyntheticTest::cells).toList());
  }

  @Test
  void dropsPageNumbersInTheMarginsOnly() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(text("一、总体情况", 100, 100));
    glyphs.addAll(text("2", 100, 130));
    glyphs.addAll(text("— 1 —", 280, 800));
    glyphs.addAll(text("第 3 页", 280, 820));
    PageContent page = new PageContent(1, 595, 842, glyphs, List.of(), 0, List.of());
    List<String> lines = PdfLayout.page(page).stream().map(b -> ((PdfLine) b).text()).toList();
    assertEquals(List.of("一、总体情况", "2"), lines);
  }

  @Test
  void dropsARunningHeaderPrintedOnEveryPage() {
    List<PageContent> pages = new ArrayList<>();
    for (int p = 1; p <= 2; p++) {
      List<Glyph> glyphs = new ArrayList<>();
      glyphs.addAll(text("淮安市2024年政府信息公开工作年度报告", 100, 40));
      glyphs.addAll(text("正文第" + p + "页的内容", 100, 300));
      pages.add(new PageContent(p, 595, 842, glyphs, List.of(), 0, List.of()));
    }
    assertEquals(List.of("正文第1页的内容", "正文第2页的内容"),
        PdfLayout.of(pages).stream().map(b -> ((PdfLine) b).text()).toList());
  }

  @Test
  void joinsWrappedLinesIntoParagraphsAndStartsOneAtAnIndent() {
    List<Glyph> glyphs = new ArrayList<>();
    glyphs.addAll(text("一、总体情况", 120, 100));
    glyphs.addAll(text("本年度共公开信息", 120, 130));
    glyphs.addAll(text("一二三四五六七八九十", 100, 160));
    glyphs.addAll(text("完。", 100, 190));
    glyphs.addAll(text("另起一段。", 120, 220));
    PageContent page = new PageContent(1, 595, 842, glyphs, List.of(), 0, List.of());
    PrintedDocument doc = PrintedPdf.of("t.pdf", PdfLayout.of(List.of(page)));
    assertEquals("本年度共公开信息一二三四五六七八九十完。\n另起一段。", doc.getSections().get(Section.OVERVIEW));
  }
}

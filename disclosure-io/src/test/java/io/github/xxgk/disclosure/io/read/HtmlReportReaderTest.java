package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportReaderTest {
  private static final Path PAGE = CorpusReadingTest.CORPUS.resolve("reports/e2021-2022-pingtan-jinjing.page.html");

  private static String page() throws Exception {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }

  private static void assertSameCells(Report expected, Report actual) {
    CellSheet a = CellSheet.from(expected);
    CellSheet b = CellSheet.from(actual);
    for (var cell : expected.getCatalog().getCells()) {
      assertEquals(a.get(cell), b.get(cell), cell.getAddress());
    }
  }

  @Test
  void readsThePageWithItsMetadataAndSections() throws Exception {
    Report report = HtmlReportReader.of().read(PAGE).getReport();
    assertEquals("平潭综合实验区金井片区管理局", report.getBody());
    assertEquals(2022, report.getYear());
    assertEquals("平潭综合实验区金井片区管理局2022年政府信息公开工作年度报告", report.getTitle().orElseThrow());
    assertEquals(List.of(Section.values()), List.copyOf(report.getSections().keySet()));
    assertEquals(CellState.BLANK,
        report.getState(report.getCatalog().get("t3.carried_over_to_next.commercial_enterprise")));
    assertEquals("&nbsp;", report.getPrinted().get("t3.carried_over_to_next.commercial_enterprise"));
  }

  @Test
  void readsThePublishDateFromTheMetadata() throws Exception {
    Report report = HtmlReportReader.of().read(CorpusReadingTest.CORPUS.resolve(
        "reports/e2019-2019-shanghai-szfbgt.html")).getReport();
    assertEquals(LocalDate.of(2020, 1, 31), report.getPublishDate().orElseThrow());
  }

  @Test
  void readsGbkAndGb18030DeclaredOrNot() throws Exception {
    String html = page();
    Report utf8 = HtmlReportReader.of().read(PAGE).getReport();
    for (String charset : List.of("GBK", "GB2312", "GB18030")) {
      String declared = html.replace("<meta charset=\"utf-8\"", "<meta charset=\"" + charset.toLowerCase() + "\"");
      Charset encoding = Charset.forName(charset.equals("GB2312") ? "GBK" : charset);
      ReadResult withMeta = HtmlReportReader.of().read(declared.getBytes(encoding), "page.html");
      assertSameCells(utf8, withMeta.getReport());
      assertEquals(utf8.getBody(), withMeta.getReport().getBody());
      String undeclared = html.replace("<meta charset=\"utf-8\"", "<meta");
      ReadResult sniffed = HtmlReportReader.of().read(undeclared.getBytes(encoding), "page.html");
      assertSameCells(utf8, sniffed.getReport());
      assertEquals(utf8.getTitle(), sniffed.getReport().getTitle());
    }
  }

  @Test
  void reportsAPageDeclaringTheWrongCharset() throws Exception {
    ReadResult result = HtmlReportReader.of().read(page().getBytes(Charset.forName("GB18030")), "page.html");
    assertSameCells(HtmlReportReader.of().read(PAGE).getReport(), result.getReport());
    assertEquals(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "byte 0", "the page declares UTF-8 but its bytes "
        + "are not valid UTF-8; the charset was sniffed instead"), result.getDiagnostics().get(result.getDiagnostics()
        .size() - 1));
  }

  @Test
  void readsAUtf8PageWithAByteOrderMark() throws Exception {
    byte[] page = Files.readAllBytes(PAGE);
    byte[] bom = new byte[page.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(page, 0, bom, 3, page.length);
    assertSameCells(HtmlReportReader.of().read(PAGE).getReport(),
        HtmlReportReader.of().read(bom, "page.html").getReport());
  }

  @Test
  void refusesAPageOverTheSizeLimit() {
    ReportReadException e = assertThrows(ReportReadException.class,
        () -> HtmlReportReader.of(ReadOptions.defaults().withMaxBytes(1000)).read(PAGE));
    assertEquals("e2021-2022-pingtan-jinjing.page.html: byte 1000: input is larger than the limit of 1000 bytes",
        e.getMessage());
  }

  @Test
  void expandsRowspansAndReadsSplitTablesWithoutCaptions() throws Exception {
    String html = "<html><head><title>某县2021年政府信息公开工作年度报告</title></head><body><nav>首页 | 2020年</nav>"
        + "<div id=article><p>一、总体情况</p><p>概述。</p><p>二、主动公开政府信息情况</p>"
        + "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
        + "<tr><td>规章</td><td>1</td><td>0</td><td>3</td></tr></table><p>（续表）</p>"
        + "<table><tr><td>行政规范性文件</td><td>2</td><td>&nbsp;</td><td>5</td></tr></table>"
        + "<table><tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>4</td><td>0</td><td>0</td>"
        + "<td>0</td><td>0</td><td>0</td><td>4</td></tr>"
        + "<tr><td>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>1</td><td>0</td><td>0</td><td>0</td>"
        + "<td>0</td><td>0</td><td>1</td></tr></table><p>五、存在的主要问题及改进情况</p><p>无。</p></div>"
        + "<footer>版权所有 2024</footer></body></html>";
    ReadResult result = HtmlReportReader.of().read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    Report report = result.getReport();
    assertEquals("某县", report.getBody());
    assertEquals(5, report.getCount(report.getCatalog().get("t2.art20_1.normative_documents.in_force")));
    assertEquals(CellState.BLANK, report.getState(report.getCatalog().get("t2.art20_1.normative_documents.repealed")));
    assertEquals(1, report.getCount(report.getCatalog().get("t3.partially_granted.total")));
    assertEquals("无。", report.getSections().get(Section.PROBLEMS_IMPROVEMENTS));
  }

  @Test
  void readsSpansAsIntegerParsingDidAndFallsBackToOne() {
    assertEquals(List.of(1, 1, 3, 3, 1, 1, 1, 1000, 1, 1, 2),
        List.of(HtmlReportReader.span(""), HtmlReportReader.span(" "), HtmlReportReader.span("3"),
            HtmlReportReader.span(" +3 "), HtmlReportReader.span("-3"), HtmlReportReader.span("0"),
            HtmlReportReader.span("2x"), HtmlReportReader.span("2147483647"), HtmlReportReader.span("2147483648"),
            HtmlReportReader.span("+"), HtmlReportReader.span("\uff12")));
  }

  @Test
  void namesTheLineAndColumnOfAnUnreadableCell() throws Exception {
    String html = "<html><head><title>某县2021年政府信息公开工作年度报告</title></head><body>\n"
        + "<p>一、总体情况</p>\n<table>\n<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n"
        + "<tr><td>规章</td><td>1</td>\n  <td>1.5</td><td>3</td></tr></table></body></html>";
    ReadResult result = HtmlReportReader.of().read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    ReadingDiagnostic unreadable = result.getDiagnostics().stream()
        .filter(d -> d.getKind() == ReadingDiagnostic.Kind.UNREADABLE_VALUE).findFirst().orElseThrow();
    assertEquals("line 6, column 3", unreadable.getPosition());
    assertEquals("t2.art20_1.regulations.repealed", unreadable.getCell().orElseThrow());
  }

  @Test
  void positionsEveryCellAndRowOfTheCorpusPagesAtItsTag() throws Exception {
    try (var files = Files.list(CorpusReadingTest.CORPUS.resolve("reports"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html")).sorted()::iterator) {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        PrintedDocument document = HtmlReportReader.of().parse(html, file.getFileName().toString());
        int cells = 0;
        for (PrintedTable table : document.getTables()) {
          for (PrintedRow row : table.getRows()) {
            assertAt(html, row.getPosition(), "<tr");
            for (PrintedCell cell : row.getCells()) {
              assertAt(html, cell.getPosition(), "<t");
              cells++;
            }
          }
        }
        assertEquals(true, cells > 100, file + ": " + cells + " cells");
      }
    }
  }

  private static void assertAt(String html, Position position, String tag) {
    int offset = (int) position.getOffset();
    assertEquals(tag, html.substring(offset, offset + tag.length()).toLowerCase(java.util.Locale.ROOT),
        position.toString());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (html.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    assertEquals(line, position.getLine(), position.toString());
    assertEquals(offset - lineStart + 1, position.getColumn(), position.toString());
  }
}

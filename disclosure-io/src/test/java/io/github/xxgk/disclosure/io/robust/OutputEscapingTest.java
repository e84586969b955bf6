package io.github.xxgk.disclosure.io.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.html.HtmlTableWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.markdown.MarkdownWriter;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every piece of input text is escaped in HTML and Markdown output and neutralised in CSV output. */
class OutputEscapingTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String ATTRIBUTE = "\" onmouseover=\"alert(1)\" x='";
  private static final String ENTITY = "&lt;b&gt; &amp; &#60;i&#62; &nbsp;";
  private static final String IMAGE = "<img src=x onerror=alert(1)>";
  private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
  private static final Catalog A = Catalog.of(Edition.GOV_2021);

  /** A report whose every text the reader or the user controls is hostile. */
  static Report hostile() {
    CellSheet sheet = CellSheet.of(A)
        .put("t3.new_received.natural_person", CellValue.of(5).withPrinted(SCRIPT))
        .put("t3.new_received.commercial_enterprise", CellValue.blank(IMAGE))
        .put("t3.new_received.total", CellValue.unresolved(ATTRIBUTE))
        .put("t4.review.total", CellValue.unresolved(FORMULA))
        .put("t4.review.corrected", CellValue.blank("@SUM(A1:A9)"))
        .put("t4.review.upheld", CellValue.unresolved("+1+2"))
        .put("t4.review.other_result", CellValue.unresolved("-1+2"))
        .put("t2.art20_1.regulations.issued", CellValue.of(1).withPrinted(ENTITY))
        .put("t2.art20_8.administrative_fees.fee_amount", CellValue.blank("=1+1"));
    return sheet.applyTo(Report.builder())
        .year(2021)
        .body("某局" + SCRIPT + ATTRIBUTE)
        .title(IMAGE + "年度报告" + ENTITY)
        .indexNumber(FORMULA)
        .issuer("\t=1+1")
        .putSections(Section.OVERVIEW, "总体" + SCRIPT + "\n" + ENTITY)
        .putSections(Section.OTHER_MATTERS, ATTRIBUTE + "\n" + IMAGE)
        .addExtraRows(ExtraRow.builder().table(TableId.REQUESTS).label("其他" + SCRIPT)
            .cells(List.of(IMAGE, "1", ENTITY)).after("t3.new_received").build())
        .build();
  }

  static List<CellNote> hostileNotes() {
    return List.of(CellNote.of("ERROR", "t3" + ATTRIBUTE, "总计不等于" + SCRIPT + ENTITY,
        List.of("t3.new_received.total")));
  }

  @Test
  void htmlPageShowsEveryTextAsTextAndRunsNothing() {
    String html = HtmlTableWriter.of().withNotes(hostileNotes()).toPage(hostile());
    assertFalse(html.contains("<script"), "raw <script in the page");
    assertFalse(html.contains("<img"), "raw <img in the page");
    Document page = Jsoup.parse(html);
    assertEquals(0, page.select("script, img, iframe, object").size());
    List<String> handlers = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        if (attribute.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")
            || attribute.getKey().equals("x")) {
          handlers.add(element.tagName() + " " + attribute);
        }
      }
    }
    assertEquals(List.of(), handlers);
    String text = page.text();
    for (String shown : List.of("某局" + SCRIPT + ATTRIBUTE, IMAGE + "年度报告" + ENTITY, "总体" + SCRIPT, ENTITY,
        "其他" + SCRIPT, "总计不等于" + SCRIPT + ENTITY)) {
      assertTrue(text.contains(shown), "not shown as text: " + shown);
    }
  }

  @Test
  void htmlFragmentEscapesCellTextAndLabels() {
    String html = HtmlTableWriter.of().withNotes(hostileNotes()).toFragment(hostile());
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("onmouseover=\""));
    Document fragment = Jsoup.parseBodyFragment(html);
    assertTrue(fragment.text().contains("其他" + SCRIPT), fragment.text());
    assertEquals(0, fragment.select("script, img").size());
  }

  @Test
  void markdownEscapesHtml() {
    String markdown = MarkdownWriter.of().withNotes(hostileNotes()).toMarkdown(hostile());
    List<String> raw = new ArrayList<>();
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if ((c == '<' || c == '&') && (i == 0 || markdown.charAt(i - 1) != '\\')) {
        raw.add(markdown.substring(i, Math.min(markdown.length(), i + 20)));
      }
    }
    assertEquals(List.of(), raw, "unescaped < or & in the Markdown");
    assertTrue(markdown.contains("其他\\<script\\>alert('x')\\</script\\>"), markdown);
  }

  @Test
  void csvNeutralisesFormulasAndRestoresThem() throws Exception {
    Report report = hostile();
    String csv = CsvReportWriter.of().toCsv(report);
    List<String> dangerous = new ArrayList<>();
    for (String field : fields(csv)) {
      if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 && !field.matches("-?[0-9]+(\\.[0-9]+)?")) {
        dangerous.add(field);
      }
    }
    assertEquals(List.of(), dangerous);
    assertEquals(report, CsvReportReader.of().read(new StringReader(csv), "hostile.csv").getReport());
  }

  @Test
  void jsonKeepsHostileTextExactly() throws Exception {
    Report report = hostile();
    assertEquals(report, ReportJson.read(ReportJson.write(report), "hostile.json"));
  }

  /** Splits CSV into its unquoted fields (RFC 4180 quoting). */
  static List<String> fields(String csv) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        out.add(field.toString());
        field.setLength(0);
      } else if (c != '\r' || i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}

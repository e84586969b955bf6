package io.github.xxgk.disclosure.io.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.io.TestReports;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders written pages in headless Chromium (Debian's {@code chromium}) and checks the visible text and geometry of
 * the tables; screenshots are kept under {@code target/browser/}.
 *
 * <p>The browser is {@code /usr/bin/chromium} or the path in system property {@code disclosure.chromium}. Without it
 * the test fails, unless skipped on purpose with {@code -Ddisclosure.browser.skip=true}.
 */
class HtmlBrowserTest {
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 4000;
  private static final String MEASURE = "<script>(function(){"
      + "document.querySelectorAll('table.disclosure-table td, table.disclosure-table th').forEach(function(e){"
      + "var r=e.getBoundingClientRect();"
      + "e.setAttribute('data-box',[r.left+window.scrollX,r.top+window.scrollY,r.width,r.height].join(','));"
      + "e.setAttribute('data-visible',e.innerText);"
      + "e.setAttribute('data-bg',getComputedStyle(e).backgroundColor);});"
      + "document.body.setAttribute('data-measured','true');})();</script>\n";

  private static Path chromium;

  @BeforeEach
  void findBrowser() {
    if (Boolean.getBoolean("disclosure.browser.skip")) {
      Assumptions.abort("browser test skipped on purpose (-Ddisclosure.browser.skip=true)");
    }
    chromium = Path.of(System.getProperty("disclosure.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      fail("headless Chromium not found at " + chromium + ": install Debian's chromium and a CJK font "
          + "(apt-get install chromium fonts-wqy-microhei; .ci/run does), set -Ddisclosure.chromium=PATH, "
          + "or skip this test on purpose with -Ddisclosure.browser.skip=true");
    }
  }

  @Test
  void rendersTheTablesOf2021WithNotesInTheirOfficialGeometry(@TempDir Path profile) throws Exception {
    Report report = TestReports.full2021();
    List<CellNote> notes = List.of(CellNote.of("ERROR", "O-T3-1", "一加二不等于三加四",
        List.of("t3.new_received.total", "t3.outcomes_total.total")));
    Document dom = render(HtmlTableWriter.of().withNotes(notes).toPage(report), "report-2021-notes", profile);
    checkTable3(dom, report.getCatalog());
    checkTable4(dom, report.getCatalog());
    assertEquals("17[1]", visible(dom, "t3.new_received.total"));
    assertEquals("rgb(248, 215, 218)", cell(dom, "t3.new_received.total").attr("data-bg"));
    assertEquals("rgba(0, 0, 0, 0)", cell(dom, "t3.granted.total").attr("data-bg"));
    assertEquals("270020130", visible(dom, "t3.granted.total"));
    assertEquals("", visible(dom, "t3.new_received.research_institution"));
    assertEquals("190.457379", visible(dom, "t2.art20_8.administrative_fees.fee_amount"));
    assertEquals("=cmd|' /C calc'!A0", visible(dom, "t3.carried_over_to_next.total"));
    // the 2021 table 二: single-value blocks span the three value columns
    double[] issued = box(cell(dom, "t2.art20_1.regulations.issued"));
    double[] inForce = box(cell(dom, "t2.art20_1.regulations.in_force"));
    double[] fee = box(cell(dom, "t2.art20_8.administrative_fees.fee_amount"));
    near(issued[0], fee[0], "fee amount starts under 本年制发件数");
    near(inForce[0] + inForce[2], fee[0] + fee[2], "fee amount ends under 现行有效件数");
  }

  @Test
  void rendersEveryCorpusReportWithItsPrintedValues(@TempDir Path profile) throws Exception {
    Map<String, Report> corpus = TestReports.fromExpected();
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>corpus</title>\n</head>\n<body>\n");
    for (Map.Entry<String, Report> entry : corpus.entrySet()) {
      page.append("<section id=\"").append(entry.getKey()).append("\">\n")
          .append(HtmlTableWriter.of().toFragment(entry.getValue())).append("</section>\n");
    }
    page.append("</body>\n</html>\n");
    Document dom = render(page.toString(), "corpus", profile);
    assertEquals(11, corpus.size());
    for (Map.Entry<String, Report> entry : corpus.entrySet()) {
      Report report = entry.getValue();
      Element scope = dom.getElementById(entry.getKey());
      checkTable3(scope, report.getCatalog());
      checkTable4(scope, report.getCatalog());
      Document written = Jsoup.parse(HtmlTableWriter.of().toFragment(report));
      for (Cell cell : report.getCatalog().getCells()) {
        String expected = written.getElementById("cell-" + cell.getAddress()).text();
        assertEquals(expected, clean(cell(scope, cell.getAddress()).attr("data-visible")),
            entry.getKey() + " " + cell);
      }
    }
    assertEquals("251000元", visible(dom.getElementById("e2019-2019-shanghai-szfbgt"),
        "t2.art20_9.government_centralized_procurement.procurement_amount"));
  }

  /** Checks that table 三's rows, columns, header and row groups line up. */
  private static void checkTable3(Element dom, Catalog catalog) {
    List<CatalogRow> rows = catalog.getRows(TableId.REQUESTS);
    for (CatalogRow row : rows) {
      double[] first = box(cell(dom, row.getCells().get(0).getAddress()));
      double right = first[0];
      for (Cell cell : row.getCells()) {
        double[] b = box(cell(dom, cell.getAddress()));
        near(first[1], b[1], cell + " top");
        near(first[3], b[3], cell + " height");
        assertTrue(b[2] > 0 && b[3] > 0, cell + " is visible");
        near(right, b[0], cell + " follows its left neighbour");
        right = b[0] + b[2];
        double[] above = box(cell(dom, rows.get(0).getCells().get(
            row.getCells().indexOf(cell)).getAddress()));
        near(above[0], b[0], cell + " left in its column");
        near(above[2], b[2], cell + " width in its column");
      }
    }
    double[] natural = box(cell(dom, rows.get(0).getCells().get(0).getAddress()));
    double[] total = box(cell(dom, rows.get(0).getCells().get(6).getAddress()));
    double[] applicants = box(header(dom, "t3", "申请人情况"));
    near(natural[0], applicants[0], "申请人情况 starts over 自然人");
    near(total[0] + total[2], applicants[0] + applicants[2], "申请人情况 ends over 总计");
    double[] note = box(header(dom, "t3", catalogNote()));
    near(note[1] + note[3], natural[1], "the 勾稽 note spans the header rows down to the first data row");
    double[] outcomes = box(header(dom, "t3", "三、本年度办理结果"));
    double[] granted = box(cell(dom, "t3.granted.natural_person"));
    double[] carriedOver = box(cell(dom, "t3.carried_over_to_next.natural_person"));
    near(granted[1], outcomes[1], "三、本年度办理结果 starts at （一）予以公开");
    near(carriedOver[1], outcomes[1] + outcomes[3], "三、本年度办理结果 ends where 四、结转下年度继续办理 starts");
    double[] withheld = box(header(dom, "t3", "（三）不予公开"));
    near(box(cell(dom, "t3.withheld_state_secret.total"))[1], withheld[1], "（三） group top");
    double[] after = box(cell(dom, "t3.unable_not_held.total"));
    near(after[1], withheld[1] + withheld[3], "（三） group ends where （四） starts");
  }

  /** Checks that table 四's groups sit over their five columns. */
  private static void checkTable4(Element dom, Catalog catalog) {
    List<Cell> cells = catalog.getCells(TableId.REVIEW_LITIGATION);
    double[] review = box(header(dom, "t4", "行政复议"));
    double[] litigation = box(header(dom, "t4", "行政诉讼"));
    double[] first = box(cell(dom, cells.get(0).getAddress()));
    double[] fifth = box(cell(dom, cells.get(4).getAddress()));
    double[] last = box(cell(dom, cells.get(14).getAddress()));
    near(first[0], review[0], "行政复议 left");
    near(fifth[0] + fifth[2], review[0] + review[2], "行政复议 right");
    near(fifth[0] + fifth[2], litigation[0], "行政诉讼 left");
    near(last[0] + last[2], litigation[0] + litigation[2], "行政诉讼 right");
    for (Cell cell : cells) {
      near(first[1], box(cell(dom, cell.getAddress()))[1], cell + " top");
    }
  }

  private static String catalogNote() {
    return io.github.xxgk.disclosure.model.RequestRow.IDENTITY_NOTE;
  }

  private static Element cell(Element scope, String address) {
    Element cell = scope.selectFirst("td[data-cell=" + address + "]");
    if (cell == null) {
      throw new AssertionError("no cell " + address);
    }
    return cell;
  }

  private static Element header(Element dom, String table, String text) {
    for (Element th : dom.select("table[data-table=" + table + "] th")) {
      if (th.text().equals(text)) {
        return th;
      }
    }
    throw new AssertionError("no header " + text + " in " + table);
  }

  private static String visible(Element dom, String address) {
    return clean(cell(dom, address).attr("data-visible"));
  }

  /** Returns the text with no-break spaces as spaces, runs of white space as one, and trimmed, as jsoup's text(). */
  private static String clean(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static double[] box(Element element) {
    String[] parts = element.attr("data-box").split(",");
    assertEquals(4, parts.length, "no box measured for " + element.cssSelector());
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i]);
    }
    return box;
  }

  private static void near(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= 1.5, what + ": expected " + expected + ", got " + actual);
  }

  /** Writes the page under target/browser, renders it, keeps a screenshot and returns the measured DOM. */
  private static Document render(String page, String name, Path profile) throws IOException, InterruptedException {
    Path dir = Path.of("target", "browser").toAbsolutePath();
    Files.createDirectories(dir);
    Path html = dir.resolve(name + ".html");
    Files.writeString(html, page.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
    String dom = run(profile.resolve("dom"), "--dump-dom", html.toUri().toString());
    Document document = Jsoup.parse(dom);
    assertEquals("true", document.body().attr("data-measured"), "the measuring script did not run: " + name);
    Path png = dir.resolve(name + ".png");
    Files.deleteIfExists(png);
    run(profile.resolve("shot"), "--screenshot=" + png, html.toUri().toString());
    byte[] bytes = Files.readAllBytes(png);
    assertEquals("\u0089PNG", new String(bytes, 0, 4, StandardCharsets.ISO_8859_1), "screenshot " + png);
    assertEquals(WIDTH, ByteBuffer.wrap(bytes, 16, 4).getInt(), "screenshot width");
    assertEquals(HEIGHT, ByteBuffer.wrap(bytes, 20, 4).getInt(), "screenshot height");
    return document;
  }

  private static String run(Path profile, String... args) throws IOException, InterruptedException {
    Files.createDirectories(profile);
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + "," + HEIGHT));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(profile, "stdout", ".txt");
    Path err = Files.createTempFile(profile, "stderr", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within 120 s: " + command);
    }
    if (process.exitValue() != 0) {
      fail("chromium exited with " + process.exitValue() + ": " + Files.readString(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}

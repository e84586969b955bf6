package io.github.xxgk.disclosure.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on the real published reports of the corpus: HTML pages, scraped text and PDFs. */
class CorpusCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static String report(String name) {
    return Cli.CORPUS.resolve("reports").resolve(name).toString();
  }

  @Test
  void findsExactlyTheTwoTableFourTotalErrorsOfTheHongze2023Pdf() throws IOException {
    String pdf = report("emixed-2023-huaian-hongze.pdf");
    Cli run = Cli.run("check", "--format", "json", pdf);
    assertEquals(1, run.code, run.err);
    JsonNode output = JSON.readTree(run.out);
    assertEquals(Set.of(), CheckCommandTest.validate(output));
    JsonNode report = output.get("reports").get(0);
    assertEquals("洪泽区人民政府", report.get("body").asText());
    assertEquals(2023, report.get("year").asInt());
    assertEquals("MIXED", report.get("edition").asText());
    assertEquals(2, output.get("summary").get("findings").get("ERROR").asInt());
    JsonNode review = report.get("findings").get(0);
    assertEquals("S-T4-1", review.get("rule").asText());
    assertEquals("t4.review.total", review.get("cells").get(0).asText());
    assertEquals(0, review.get("reported").asInt());
    assertEquals(11, review.get("computed").asInt());
    JsonNode afterReview = report.get("findings").get(1);
    assertEquals("S-T4-3", afterReview.get("rule").asText());
    assertEquals("t4.litigation_after_review.total", afterReview.get("cells").get(0).asText());
    assertEquals(0, afterReview.get("reported").asInt());
    assertEquals(5, afterReview.get("computed").asInt());
  }

  @Test
  void findsTheErrorsOfTheZrz2021PageInHtml() {
    String page = report("e2021-2021-pingtan-zrz.page.html");
    Cli run = Cli.run("check", "--lang", "en", page);
    assertEquals(1, run.code, run.err);
    assertTrue(run.out.startsWith(page + ": 平潭综合实验区自然资源与生态环境局 2021 GOV_2021: 4 ERROR\n"
        + "  ERROR O-T3-1 t3.new_received.natural_person, t3.carried_over_from_previous.natural_person,"
        + " t3.outcomes_total.natural_person, t3.carried_over_to_next.natural_person\n"
        + "    column 自然人: new + carried over = 16, total outcomes + carried over to next year = 18"
        + " (difference -2)\n"), run.out);
    assertTrue(run.out.endsWith("1 inputs: 1 read, 0 unreadable, 1 with errors\n"
        + "rule       ERROR WARNING  NOTICE\n"
        + "O-T3-1         2       0       0\n"
        + "S-T3-1         2       0       0\n"
        + "total          4       0       0\n"), run.out);
  }

  @Test
  void passesABalancedScrapedText() {
    String text = report("e2021-2022-pingtan-czj.txt");
    Cli run = Cli.run("check", "--lang", "en", text);
    assertEquals(0, run.code, run.err);
    assertEquals(text + ": 平潭综合实验区财政金融局 2022 GOV_2021: OK\n\n"
        + "1 inputs: 1 read, 0 unreadable, 0 with errors\n", run.out);
  }

  @Test
  void checksTheWholeCorpusDirectory() throws IOException {
    Cli run = Cli.run("check", "--format", "json", Cli.CORPUS.resolve("reports").toString());
    assertEquals(1, run.code, run.err);
    JsonNode output = JSON.readTree(run.out);
    assertEquals(Set.of(), CheckCommandTest.validate(output));
    assertEquals(45, output.get("summary").get("reports").asInt());
    assertEquals(0, output.get("summary").get("unreadable").asInt());
    assertEquals(report("e2019-2019-pingtan-czj.txt"), output.get("reports").get(0).get("file").asText());
  }

  @Test
  void convertsAPublishedPageToJsonThatChecksTheSame() throws IOException {
    String page = report("e2021-2021-pingtan-zrz.page.html");
    Path json = dir.resolve("zrz.json");
    Cli convert = Cli.run("convert", "--to", "json", "-o", json.toString(), page);
    assertEquals(0, convert.code, convert.err);
    Cli fromPage = Cli.run("check", "--format", "json", page);
    Cli fromJson = Cli.run("check", "--format", "json", json.toString());
    assertEquals(JSON.readTree(fromPage.out).get("reports").get(0).get("findings"),
        JSON.readTree(fromJson.out).get("reports").get(0).get("findings"));
    assertEquals(1, fromJson.code);
  }

  @Test
  void rendersAPdfWithItsFindings() throws IOException {
    Path page = dir.resolve("hongze.html");
    Cli run = Cli.run("render", "--findings", "-o", page.toString(), report("emixed-2023-huaian-hongze.pdf"));
    assertEquals(1, run.code, run.err);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("S-T4-1") && html.contains("S-T4-3"), html);
    assertTrue(html.contains("洪泽区人民政府"), html);
  }

  @Test
  void comparesTwoYearsOfTheSameBody() {
    Cli run = Cli.run("compare", "--lang", "en", report("e2021-2021-pingtan.txt"), report("e2021-2022-pingtan.txt"));
    assertEquals(0, run.code, run.err);
    assertEquals("last_year: " + report("e2021-2021-pingtan.txt") + ": 平潭综合实验区 2021 GOV_2021\n"
        + "this_year: " + report("e2021-2022-pingtan.txt") + ": 平潭综合实验区 2022 GOV_2021\n"
        + "OK\n", run.out);
  }

  @Test
  void findsTheCrossYearWarningOfTheCzjReports() {
    Cli run = Cli.run("compare", "--lang", "en", report("e2019-2019-pingtan-czj.txt"),
        report("e2019-2020-pingtan-czj.txt"));
    assertEquals(0, run.code, run.err);
    assertEquals("last_year: " + report("e2019-2019-pingtan-czj.txt") + ": 平潭综合实验区财政金融局 2019 GOV_2019\n"
        + "this_year: " + report("e2019-2020-pingtan-czj.txt") + ": 平潭综合实验区财政金融局 2020 GOV_2019\n"
        + "  WARNING X-2 t2.art20_5.administrative_licensing.items_prev_year,"
        + " t2.art20_5.administrative_licensing.items_prev_year, t2.art20_5.administrative_licensing.items_change\n"
        + "    第二十条第（五）项 › 行政许可: items of the previous year 0, last year's report gives 3 (difference -3)\n",
        run.out);
  }

  @Test
  void listsAtMostSixCellsOfAFindingInText() {
    String page = report("e2021-2021-pingtan-zrz.page.html");
    Cli run = Cli.run("check", "--lang", "en", page);
    assertTrue(run.out.contains("  ERROR S-T3-1 t3.outcomes_total.natural_person, t3.granted.natural_person,"
        + " t3.partially_granted.natural_person, t3.withheld_state_secret.natural_person,"
        + " t3.withheld_prohibited_by_law.natural_person, … (+17)\n"), run.out);
  }

  @Test
  void consolidatesTheUnitsOfOneYear() throws IOException {
    List<String> units = List.of(report("e2021-2022-pingtan-czj.txt"), report("e2021-2022-pingtan-suping.txt"));
    Path sum = dir.resolve("sum.json");
    Cli run = Cli.run("consolidate", "--body", "两个单位", "-o", sum.toString(), units.get(0), units.get(1));
    assertEquals(0, run.code, run.out + run.err);
    Report consolidated = ReportJson.read(Files.readAllBytes(sum), "sum");
    Report a = TextReportReader.of().read(Path.of(units.get(0))).getReport();
    Report b = TextReportReader.of().read(Path.of(units.get(1))).getReport();
    Catalog catalog = consolidated.getCatalog();
    Cell cell = catalog.get("t3.new_received.total");
    assertEquals(a.getCount(cell) + b.getCount(cell), consolidated.getCount(cell));
    assertEquals("两个单位", consolidated.getBody());
  }
}

package io.github.xxgk.disclosure.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert, render, consolidate and compare, on the bundled real reports. */
class CommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void convertsToJsonAndCsvAndBackToTheSameReport() throws IOException {
    Report original = ReportJson.read(Files.readAllBytes(Cli.PINGTAN_2021), "pingtan");
    Path csv = dir.resolve("pingtan.csv");
    Cli toCsv = Cli.run("convert", "--to", "csv", "-o", csv.toString(), Cli.PINGTAN_2021.toString());
    assertEquals(0, toCsv.code, toCsv.err);
    assertEquals("", toCsv.out);
    assertEquals(original, CsvReportReader.of().read(csv).getReport());
    Cli toJson = Cli.run("convert", "--to", "json", csv.toString());
    assertEquals(0, toJson.code, toJson.err);
    assertEquals(ReportJson.writePretty(original) + "\n", toJson.out);
  }

  @Test
  void convertsToHtmlAndMarkdown() {
    Cli html = Cli.run("convert", "--to", "html", Cli.XUANHUA_2019.toString());
    assertEquals(0, html.code, html.err);
    assertTrue(html.out.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.out);
    assertTrue(html.out.contains("张家口市宣化区人民政府"));
    Cli md = Cli.run("convert", "--to", "md", Cli.XUANHUA_2019.toString());
    assertEquals(0, md.code, md.err);
    assertTrue(md.out.contains("|"), md.out);
  }

  @Test
  void convertFailsWithOneLineOnUnreadableInput() throws IOException {
    Path broken = dir.resolve("broken.csv");
    Files.writeString(broken, "record,address,table\nnonsense\n", StandardCharsets.UTF_8);
    Cli run = Cli.run("convert", "--to", "json", broken.toString());
    assertEquals(2, run.code);
    assertEquals("", run.out);
    assertEquals(1, run.err.lines().count(), run.err);
    assertTrue(run.err.startsWith("disclosure: " + broken + ": line "), run.err);
    Cli usage = Cli.run("convert", Cli.PINGTAN_2021.toString());
    assertEquals(2, usage.code);
    assertTrue(usage.err.startsWith("disclosure: Missing required option: '--to=FORMAT'\n"), usage.err);
  }

  @Test
  void rendersTheFindingsOverTheTables() throws IOException {
    Path bad = Cli.pingtanWith(dir, "bad.json", "review", "total", 4, null);
    Path page = dir.resolve("bad.html");
    Cli run = Cli.run("render", "--findings", "-o", page.toString(), bad.toString());
    assertEquals(1, run.code, run.err);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("S-T4-1"), html);
    assertTrue(html.contains("行政复议：总计为4，四项结果之和为3（相差1）"), html);
    Cli plain = Cli.run("render", Cli.PINGTAN_2021.toString());
    assertEquals(0, plain.code, plain.err);
    assertTrue(!plain.out.contains("H-T2-4"), plain.out);
    Cli warnings = Cli.run("render", "--findings", Cli.PINGTAN_2021.toString());
    assertEquals(0, warnings.code, warnings.err);
    assertTrue(warnings.out.contains("H-T2-4"), warnings.out);
  }

  @Test
  void consolidatesUnitsAndComparesWithThePublishedReport() throws IOException {
    Path units = Files.createDirectories(dir.resolve("units"));
    Files.copy(Cli.PINGTAN_2021, units.resolve("a.json"));
    Cli.pingtanWith(units, "b.json", "review", "upheld", 2, "乙单位");
    Path published = Cli.pingtanWith(dir, "published.json", "review", "total", 7, "合计单位");
    Path sum = dir.resolve("sum.json");
    Cli run = Cli.run("consolidate", "--lang", "en", "--published", published.toString(), "-o", sum.toString(),
        units.toString());
    Report consolidated = ReportJson.read(Files.readAllBytes(sum), "sum");
    Catalog catalog = consolidated.getCatalog();
    assertEquals("合计单位", consolidated.getBody());
    assertEquals(3, consolidated.getCount(catalog.get("t4.review.upheld")));
    assertEquals(4, consolidated.getCount(catalog.get("t4.review.other_result")));
    assertEquals(6, consolidated.getCount(catalog.get("t4.review.total")));
    assertEquals(1, run.code, run.out + run.err);
    assertTrue(run.out.startsWith("consolidated: " + sum + ": 合计单位 2021 GOV_2021\n"
        + "published: " + published + ": 合计单位 2021 GOV_2021\n"), run.out);
    assertTrue(run.out.contains("ERROR S-T4-1 t4.review.total"), run.out);
    assertTrue(run.out.contains("ERROR K-1 t4.review.total"), run.out);
  }

  @Test
  void consolidateRefusesUnitsOfDifferentYears() {
    Path sum = dir.resolve("sum.json");
    Cli run = Cli.run("consolidate", "-o", sum.toString(), Cli.PINGTAN_2021.toString(), Cli.XUANHUA_2019.toString());
    assertEquals(2, run.code);
    assertTrue(run.err.startsWith("disclosure: cannot consolidate: units must share year and edition: "), run.err);
    assertEquals(1, run.err.lines().count(), run.err);
  }

  @Test
  void comparesTwoYearsInTextAndJson() throws IOException {
    Cli run = Cli.run("compare", "--lang", "en", Cli.XUANHUA_2019.toString(), Cli.PINGTAN_2021.toString());
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.startsWith("last_year: " + Cli.XUANHUA_2019 + ": 张家口市宣化区人民政府 2019 GOV_2019\n"
        + "this_year: " + Cli.PINGTAN_2021 + ": 平潭综合实验区 2021 GOV_2021\n"
        + "  WARNING X-0\n"), run.out);
    Cli json = Cli.run("compare", "--format", "json", Cli.XUANHUA_2019.toString(), Cli.PINGTAN_2021.toString());
    assertEquals(0, json.code, json.err);
    JsonNode output = JSON.readTree(json.out);
    assertEquals("last_year", output.get("inputs").get(0).get("role").asText());
    assertEquals(2019, output.get("inputs").get(0).get("year").asInt());
    assertEquals("X-0", output.get("findings").get(0).get("rule").asText());
  }

  @Test
  void compareExitsTwoOnAnUnreadableReport() throws IOException {
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    Cli run = Cli.run("compare", empty.toString(), Cli.PINGTAN_2021.toString());
    assertEquals(2, run.code);
    assertTrue(run.err.startsWith("disclosure: " + empty + ": "), run.err);
    assertEquals(1, run.err.lines().count(), run.err);
  }
}

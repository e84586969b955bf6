package io.github.xxgk.disclosure.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void exitsZeroWithOnlyWarnings() {
    Cli run = Cli.run("check", "--lang", "en", Cli.PINGTAN_2021.toString());
    assertEquals(0, run.code, run.err);
    assertEquals(Cli.PINGTAN_2021 + ": 平潭综合实验区 2021 GOV_2021: 1 WARNING\n"
        + "  WARNING H-T2-4 t2.art20_8.administrative_fees.fee_amount\n"
        + "    第二十条第（八）项 › 行政事业性收费 × 本年收费金额（单位：万元）: 24252.311082 万元 suggests a unit slip"
        + " (6 decimals in 万元)\n"
        + "\n"
        + "1 inputs: 1 read, 0 unreadable, 0 with errors\n"
        + "rule       ERROR WARNING  NOTICE\n"
        + "H-T2-4         0       1       0\n"
        + "total          0       1       0\n", run.out);
    assertEquals("", run.err);
  }

  @Test
  void exitsOneOnAnErrorAndNamesTheCells() throws IOException {
    Path bad = Cli.pingtanWith(dir, "bad.json", "review", "total", 4, null);
    Cli run = Cli.run("check", bad.toString());
    assertEquals(1, run.code, run.err);
    assertEquals(bad + ": 平潭综合实验区 2021 GOV_2021: 1 错误, 1 警告\n"
        + "  错误 S-T4-1 t4.review.total, t4.review.upheld, t4.review.corrected, t4.review.other_result,"
        + " t4.review.pending\n"
        + "    行政复议：总计为4，四项结果之和为3（相差1）\n"
        + "  警告 H-T2-4 t2.art20_8.administrative_fees.fee_amount\n"
        + "    第二十条第（八）项 › 行政事业性收费 × 本年收费金额（单位：万元）：24252.311082万元疑似单位错误（万元金额有6位小数）\n"
        + "\n"
        + "共 1 份：读取 1 份，无法读取 0 份，有错误 1 份\n"
        + "规则        错误    警告    提示\n"
        + "H-T2-4         0       1       0\n"
        + "S-T4-1         1       0       0\n"
        + "合计           1       1       0\n", run.out);
  }

  @Test
  void exitsTwoOnAnUnreadableInputNamingFileAndPosition() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"edition\": \"GOV_2021\", \"year\": \"x\"}", StandardCharsets.UTF_8);
    Cli run = Cli.run("check", "--lang", "en", broken.toString(), Cli.XUANHUA_2019.toString());
    assertEquals(2, run.code);
    assertEquals(broken + ": $.year (line 1, column 33): expected a year, got \"x\" [unreadable]\n"
        + Cli.XUANHUA_2019 + ": 张家口市宣化区人民政府 2019 GOV_2019: OK\n"
        + "\n"
        + "2 inputs: 1 read, 1 unreadable, 0 with errors\n", run.out);
    assertEquals("", run.err);
  }

  @Test
  void unreadableWinsOverErrors() throws IOException {
    Path bad = Cli.pingtanWith(dir, "bad.json", "review", "total", 4, null);
    Path binary = dir.resolve("image.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Cli run = Cli.run("check", "--format", "json", bad.toString(), binary.toString());
    assertEquals(2, run.code);
    assertTrue(run.out.contains("\"message\":\"" + binary + ": byte 0: not a report: binary content that is not a"
        + " PDF\""), run.out);
  }

  @Test
  void exitsTwoOnAPathThatDoesNotExist() {
    Path missing = dir.resolve("missing.json");
    Cli run = Cli.run("check", missing.toString());
    assertEquals(2, run.code);
    assertEquals("", run.out);
    assertEquals("disclosure: " + missing + ": no such file or directory\n", run.err);
  }

  @Test
  void exitsTwoOnUsageErrors() {
    Cli unknown = Cli.run("check", "--bogus", Cli.PINGTAN_2021.toString());
    assertEquals(2, unknown.code);
    assertEquals("disclosure: Unknown option: '--bogus'\nRun 'disclosure check --help' for usage.\n", unknown.err);
    Cli noPath = Cli.run("check");
    assertEquals(2, noPath.code);
    assertTrue(noPath.err.startsWith("disclosure: Missing required parameter: 'PATH'\n"), noPath.err);
    Cli badFormat = Cli.run("check", "--format", "xml", Cli.PINGTAN_2021.toString());
    assertEquals(2, badFormat.code);
    assertTrue(badFormat.err.startsWith("disclosure: Invalid value for option '--format': expected one of [text, json]"
        + " (case-insensitive) but was 'xml'\n"), badFormat.err);
    Cli noCommand = Cli.run();
    assertEquals(2, noCommand.code);
    assertTrue(noCommand.err.startsWith("disclosure: a command is required\nUsage: disclosure"), noCommand.err);
    assertTrue(noCommand.err.contains("\n  check ") && noCommand.err.contains("\n  compare "), noCommand.err);
    Cli unknownCommand = Cli.run("verify", Cli.PINGTAN_2021.toString());
    assertEquals(2, unknownCommand.code);
    assertTrue(unknownCommand.err.startsWith("disclosure: Unmatched arguments from index 0: 'verify', "),
        unknownCommand.err);
  }

  @Test
  void jsonOutputMatchesTheSchemaAndHoldsTheFindings() throws IOException {
    Path bad = Cli.pingtanWith(dir, "bad.json", "review", "total", 4, null);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"edition\": \"GOV_2021\",", StandardCharsets.UTF_8);
    Cli run = Cli.run("check", "--format", "json", "--lang", "en", bad.toString(), broken.toString(),
        Cli.XUANHUA_2019.toString());
    assertEquals(2, run.code, run.err);
    JsonNode output = JSON.readTree(run.out);
    assertEquals(Set.of(), validate(output));
    JsonNode first = output.get("reports").get(0);
    assertEquals(bad.toString(), first.get("file").asText());
    assertEquals("GOV_2021", first.get("edition").asText());
    assertEquals(2021, first.get("year").asInt());
    assertEquals("平潭综合实验区", first.get("body").asText());
    JsonNode finding = first.get("findings").get(0);
    assertEquals("S-T4-1", finding.get("rule").asText());
    assertEquals("ERROR", finding.get("severity").asText());
    assertEquals("ARITHMETIC", finding.get("category").asText());
    assertEquals("[\"t4.review.total\",\"t4.review.upheld\",\"t4.review.corrected\",\"t4.review.other_result\","
        + "\"t4.review.pending\"]", finding.get("cells").toString());
    assertEquals("行政复议 × 总计", finding.get("labels").get(0).asText());
    assertEquals(4, finding.get("reported").asInt());
    assertEquals(3, finding.get("computed").asInt());
    assertEquals(1, finding.get("difference").asInt());
    JsonNode unreadable = output.get("reports").get(1);
    assertEquals(broken.toString(), unreadable.get("file").asText());
    assertTrue(unreadable.get("error").get("message").asText().startsWith(broken + ": "));
    assertEquals(0, output.get("reports").get(2).get("findings").size());
    assertEquals("{\"reports\":2,\"unreadable\":1,\"with_errors\":1,\"findings\":{\"ERROR\":1,\"WARNING\":1,"
        + "\"NOTICE\":0},\"by_rule\":{\"H-T2-4\":{\"ERROR\":0,\"WARNING\":1,\"NOTICE\":0},\"S-T4-1\":{\"ERROR\":1,"
        + "\"WARNING\":0,\"NOTICE\":0}}}", output.get("summary").toString());
  }

  @Test
  void readsWholeDirectoriesInNameOrderAndJsonLinesRecordByRecord() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("b"));
    Files.copy(Cli.XUANHUA_2019, dir.resolve("a.json"));
    Files.writeString(sub.resolve("lines.jsonl"), compact(Cli.PINGTAN_2021) + "\n" + compact(Cli.XUANHUA_2019)
        + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.json"), "not read", StandardCharsets.UTF_8);
    Cli run = Cli.run("check", "--format", "json", dir.toString());
    assertEquals(0, run.code, run.err);
    JsonNode output = JSON.readTree(run.out);
    assertEquals(Set.of(), validate(output));
    JsonNode reports = output.get("reports");
    assertEquals(3, reports.size());
    assertEquals(dir.resolve("a.json").toString(), reports.get(0).get("file").asText());
    assertFalse(reports.get(0).has("record"));
    assertEquals(sub.resolve("lines.jsonl").toString(), reports.get(1).get("file").asText());
    assertEquals(1, reports.get(1).get("record").asInt());
    assertEquals("平潭综合实验区", reports.get(1).get("body").asText());
    assertEquals(2, reports.get(2).get("record").asInt());
    assertEquals("张家口市宣化区人民政府", reports.get(2).get("body").asText());
  }

  @Test
  void appliesASeverityProfile() throws IOException {
    Path profile = dir.resolve("profile.txt");
    Files.writeString(profile, "# no unit-slip warnings\nH-T2-4=off\nS-T4-1=WARNING\n", StandardCharsets.UTF_8);
    Path bad = Cli.pingtanWith(dir, "bad.json", "review", "total", 4, null);
    Cli run = Cli.run("check", "--lang", "en", "--profile", profile.toString(), bad.toString());
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.startsWith(bad + ": 平潭综合实验区 2021 GOV_2021: 1 WARNING\n  WARNING S-T4-1 "), run.out);
    Files.writeString(profile, "H-T2-4=sometimes\n", StandardCharsets.UTF_8);
    Cli wrong = Cli.run("check", "--profile", profile.toString(), bad.toString());
    assertEquals(2, wrong.code);
    assertTrue(wrong.err.startsWith("disclosure: " + profile + ": line 1: "), wrong.err);
  }

  @Test
  void printsAStackTraceOnlyWithDebug() throws IOException {
    Path profile = dir.resolve("missing-profile.txt");
    Cli plain = Cli.run("check", "--profile", profile.toString(), Cli.PINGTAN_2021.toString());
    assertEquals(2, plain.code);
    assertEquals(1, plain.err.lines().count(), plain.err);
    Cli debug = Cli.run("check", "--debug", "--profile", profile.toString(), Cli.PINGTAN_2021.toString());
    assertEquals(2, debug.code);
    assertTrue(debug.err.contains("\tat io.github.xxgk.disclosure.examples.cli."), debug.err);
  }

  @Test
  void keepsPdfBoxLogOffStandardErrorUnlessDebugging() throws IOException, InterruptedException {
    // the 洪泽区 PDF with its digits' font stripped of its ToUnicode map: PDFBox warns, the reader says what it lost
    Path pdf = dir.resolve("unmapped.pdf");
    try (PDDocument doc = Loader.loadPDF(Cli.CORPUS.resolve("reports/emixed-2023-huaian-hongze.pdf").toFile())) {
      doc.getPage(0).getResources().getFont(COSName.getPDFName("FT8")).getCOSObject()
          .removeItem(COSName.TO_UNICODE);
      doc.save(pdf.toFile());
    }
    String[] plain = launch("check", pdf.toString());
    assertEquals("", plain[1]);
    assertTrue(plain[0].contains("page 1: OTHER: 73 glyphs of font AUWCNV+TimesNewRomanPSMT map to no text"),
        plain[0]);
    String[] debug = launch("check", "--debug", pdf.toString());
    assertTrue(debug[1].contains("org.apache.pdfbox.pdmodel.font.PDType0Font toUnicode"), debug[1]);
  }

  /**
   * Runs the command in a JVM of its own, on the classes it is packaged with (commons-logging then logs through
   * java.util.logging: the tests' SLF4J would swallow it); returns standard output and standard error.
   */
  private static String[] launch(String... args) throws IOException, InterruptedException {
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("slf4j")) {
        classPath.add(entry);
      }
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, classPath), Disclosure.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return process.getErrorStream().readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return new String[] {out, new String(err.join(), StandardCharsets.UTF_8)};
  }

  @Test
  void showsProgressOnlyOnATerminal() throws IOException {
    Files.copy(Cli.XUANHUA_2019, dir.resolve("a.json"));
    Files.copy(Cli.PINGTAN_2021, dir.resolve("b.json"));
    Cli terminal = Cli.run(true, "check", dir.toString());
    assertTrue(terminal.err.startsWith("\r[###############...............] 1/2 files, 1 reports"), terminal.err);
    Cli pipe = Cli.run(false, "check", dir.toString());
    assertEquals("", pipe.err);
    assertEquals(terminal.out, pipe.out);
    Cli shared = Cli.run(true, true, "check", dir.toString());
    assertEquals(pipe.out, shared.out);
    String clear = "\r" + " ".repeat(70) + "\r";
    assertEquals("\r[###############...............] 1/2 files, 1 reports" + clear, shared.err);
  }

  @Test
  void streamsALargeJsonLinesFileRecordByRecord() throws IOException {
    String line = compact(Cli.PINGTAN_2021) + "\n";
    Path lines = dir.resolve("many.jsonl");
    Files.writeString(lines, line.repeat(100) + "{\"edition\": \"GOV_2021\"\n", StandardCharsets.UTF_8);
    assertTrue(Files.size(lines) > 1 << 20);
    Cli run = Cli.run(true, "check", "--format", "json", "--threads", "2", lines.toString());
    assertEquals(2, run.code, run.err);
    JsonNode output = JSON.readTree(run.out);
    assertEquals(Set.of(), validate(output));
    JsonNode reports = output.get("reports");
    assertEquals(101, reports.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(i + 1, reports.get(i).get("record").asInt());
      assertEquals("H-T2-4", reports.get(i).get("findings").get(0).get("rule").asText());
    }
    String error = reports.get(100).get("error").get("message").asText();
    assertTrue(error.startsWith(lines + ": $.edition (line 102, column 1): malformed JSON"), error);
    assertEquals(100, output.get("summary").get("reports").asInt());
    assertEquals(1, output.get("summary").get("unreadable").asInt());
    assertTrue(run.err.startsWith("\r[..............................] 0/1 files, 1 reports"), run.err);
  }

  static Set<ValidationMessage> validate(JsonNode output) throws IOException {
    try (InputStream schema = Files.newInputStream(Cli.ROOT.resolve("docs/check-output.schema.json"))) {
      JsonSchema checkOutput = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      return checkOutput.validate(output);
    }
  }

  private static String compact(Path json) throws IOException {
    return JSON.readTree(Files.readString(json, StandardCharsets.UTF_8)).toString();
  }
}

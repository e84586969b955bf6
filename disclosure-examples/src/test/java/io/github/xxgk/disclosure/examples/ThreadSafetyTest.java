package io.github.xxgk.disclosure.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.html.HtmlTableWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.markdown.MarkdownWriter;
import io.github.xxgk.disclosure.io.pdf.PdfReportReader;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Checker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Readers, writers and rules used from 8 threads at once give exactly the single-threaded results. */
class ThreadSafetyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 1;
  private static final Path ROOT = Paths.get(System.getProperty("disclosure.root", ".."));

  @Test
  void readersGiveTheSingleThreadedResults() throws Exception {
    List<Callable<Object>> tasks = new ArrayList<>();
    for (Path html : files(ROOT.resolve("corpus/reports"), ".html")) {
      byte[] bytes = Files.readAllBytes(html);
      tasks.add(() -> comparable(HtmlReportReader.of().read(bytes, html.toString())));
    }
    for (Path text : files(ROOT.resolve("corpus/reports"), ".md")) {
      byte[] bytes = Files.readAllBytes(text);
      tasks.add(() -> comparable(TextReportReader.of().read(bytes, text.toString())));
    }
    for (String name : List.of("e2019-2019-zhangjiakou-xuanhua.txt", "e2021-2024-huaian.txt",
        "e2021-2022-pingtan.txt")) {
      byte[] bytes = Files.readAllBytes(ROOT.resolve("corpus/reports").resolve(name));
      tasks.add(() -> comparable(TextReportReader.of().read(bytes, name)));
    }
    for (Path pdf : files(ROOT.resolve("corpus/reports"), ".pdf")) {
      byte[] bytes = Files.readAllBytes(pdf);
      tasks.add(() -> comparable(PdfReportReader.of().read(new ByteArrayInputStream(bytes), pdf.toString())));
    }
    for (Path json : files(ROOT.resolve("examples"), ".json")) {
      byte[] bytes = Files.readAllBytes(json);
      tasks.add(() -> ReportJson.read(bytes, json.toString()));
    }
    for (Report report : examples()) {
      String csv = CsvReportWriter.of().toCsv(report);
      tasks.add(() -> comparable(CsvReportReader.of().read(csv)));
    }
    assertEquals(17, tasks.size());
    assertEquals(List.of(), Concurrently.mismatches(THREADS, ROUNDS, tasks));
  }

  @Test
  void rulesGiveTheSingleThreadedResults() throws Exception {
    List<Report> reports = new ArrayList<>(examples());
    for (Path pdf : files(ROOT.resolve("corpus/reports"), ".pdf")) {
      reports.add(PdfReportReader.of().read(pdf).getReport());
    }
    for (Path html : files(ROOT.resolve("corpus/reports"), ".html")) {
      reports.add(HtmlReportReader.of().read(html).getReport());
    }
    List<Callable<CheckResult>> tasks = new ArrayList<>();
    for (Report report : reports) {
      tasks.add(() -> Checker.standard().check(report));
    }
    for (int i = 1; i < reports.size(); i++) {
      Report lastYear = reports.get(i - 1);
      Report thisYear = reports.get(i);
      tasks.add(() -> Checker.standard().compare(lastYear, thisYear));
    }
    assertEquals(19, tasks.size());
    assertEquals(List.of(), Concurrently.mismatches(THREADS, ROUNDS * 5, tasks));
  }

  @Test
  void writersGiveTheSingleThreadedResults() throws Exception {
    List<Callable<Object>> tasks = new ArrayList<>();
    for (Report report : examples()) {
      tasks.add(() -> ReportJson.write(report));
      tasks.add(() -> ReportJson.writePretty(report));
      tasks.add(() -> CsvReportWriter.of().toCsv(report));
      tasks.add(() -> HtmlTableWriter.of().toPage(report));
      tasks.add(() -> MarkdownWriter.of().toMarkdown(report));
    }
    assertEquals(10, tasks.size());
    assertEquals(List.of(), Concurrently.mismatches(THREADS, ROUNDS * 5, tasks));
  }

  /** Returns what a read result is compared by: the report and the diagnostics. */
  static List<Object> comparable(ReadResult result) {
    return List.of(result.getReport(), result.getDiagnostics());
  }

  static List<Report> examples() throws IOException {
    List<Report> out = new ArrayList<>();
    for (Path json : files(ROOT.resolve("examples"), ".json")) {
      out.add(ReportJson.read(Files.readAllBytes(json), json.toString()));
    }
    return out;
  }

  static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

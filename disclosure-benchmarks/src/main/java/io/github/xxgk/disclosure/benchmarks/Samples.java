package io.github.xxgk.disclosure.benchmarks;

import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.html.HtmlTableWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.testkit.FlatteningStyle;
import io.github.xxgk.disclosure.testkit.GeneratorOptions;
import io.github.xxgk.disclosure.testkit.ReportGenerator;
import io.github.xxgk.disclosure.testkit.ScrapedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs of the benchmarks: the real corpus ({@code corpus/reports}: its scraped texts and HTML pages; the PDFs
 * are left out, their texts are there) or {@link #GENERATED_COUNT} generated reports (seeds 1..n, default options).
 */
final class Samples {
  /** The source of the real reports. */
  static final String CORPUS = "corpus";
  /** The source of the generated reports. */
  static final String GENERATED = "generated";
  /** How many generated reports a benchmark cycles through. */
  static final int GENERATED_COUNT = 64;

  private Samples() {}

  /** The corpus directory: system property {@code disclosure.corpus}, else {@code corpus} in the working directory. */
  static Path corpus() {
    Path corpus = Path.of(System.getProperty("disclosure.corpus", "corpus"));
    if (!Files.isDirectory(corpus.resolve("reports"))) {
      throw new IllegalStateException(corpus.toAbsolutePath() + "/reports: no such directory (run from the "
          + "repository root or set -Ddisclosure.corpus)");
    }
    return corpus;
  }

  /** Returns the generated report of each seed 1..count. */
  static Report[] generated(int count) {
    ReportGenerator generator = ReportGenerator.of(GeneratorOptions.defaults());
    Report[] reports = new Report[count];
    for (int i = 0; i < count; i++) {
      reports[i] = generator.generate(i + 1L);
    }
    return reports;
  }

  /** Returns the reports of the source: every corpus text and page read, or the generated ones. */
  static Report[] reports(String source) {
    if (GENERATED.equals(source)) {
      return generated(GENERATED_COUNT);
    }
    List<Report> reports = new ArrayList<>();
    try {
      for (Path file : corpusFiles(".txt")) {
        reports.add(TextReportReader.of().read(file).getReport());
      }
      for (Path file : corpusFiles(".html")) {
        reports.add(HtmlReportReader.of().read(file).getReport());
      }
    } catch (ReportReadException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return reports.toArray(new Report[0]);
  }

  /** Returns the canonical JSON of each report of the source. */
  static byte[][] json(String source) {
    Report[] reports = reports(source);
    byte[][] json = new byte[reports.length][];
    for (int i = 0; i < reports.length; i++) {
      json[i] = ReportJson.writeBytes(reports[i]);
    }
    return json;
  }

  /**
   * Returns HTML pages: the corpus pages as published, or generated reports as a publisher's page would hold them:
   * the title {@code <body><year>年政府信息公开工作年度报告} in {@code <meta name="ArticleTitle">} (as government sites
   * print it), {@code <title>} and {@code <h1>}, then the HTML writer's fragment (sections and tables). The writer's
   * own {@code toPage} is not used: the HTML reader does not find the year in it (the known bug that disables
   * ReadBackPropertiesTest.htmlWriteReadKeepsEveryCell).
   */
  static byte[][] pages(String source) {
    if (GENERATED.equals(source)) {
      Report[] reports = generated(GENERATED_COUNT);
      byte[][] pages = new byte[reports.length][];
      for (int i = 0; i < reports.length; i++) {
        String title = reports[i].getBody() + reports[i].getYear() + "年政府信息公开工作年度报告";
        pages[i] = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"ArticleTitle\" content=\"" + title + "\">\n<title>" + title
            + "</title>\n</head>\n<body>\n<h1>" + title + "</h1>\n" + HtmlTableWriter.of().toFragment(reports[i])
            + "</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
      }
      return pages;
    }
    return bytes(corpusFiles(".html"));
  }

  /**
   * Returns scraped texts: the corpus texts as scraped, or generated reports printed in each flattening style in
   * turn.
   */
  static byte[][] texts(String source) {
    if (GENERATED.equals(source)) {
      Report[] reports = generated(GENERATED_COUNT);
      FlatteningStyle[] styles = FlatteningStyle.values();
      byte[][] texts = new byte[reports.length][];
      for (int i = 0; i < reports.length; i++) {
        texts[i] = ScrapedText.of(styles[i % styles.length]).print(reports[i]).getBytes(StandardCharsets.UTF_8);
      }
      return texts;
    }
    return bytes(corpusFiles(".txt"));
  }

  /** The corpus report files whose names end with the suffix, in name order. */
  static List<Path> corpusFiles(String suffix) {
    try (Stream<Path> files = Files.list(corpus().resolve("reports"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[][] bytes(List<Path> files) {
    byte[][] bytes = new byte[files.size()][];
    for (int i = 0; i < bytes.length; i++) {
      try {
        bytes[i] = Files.readAllBytes(files.get(i));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }
}

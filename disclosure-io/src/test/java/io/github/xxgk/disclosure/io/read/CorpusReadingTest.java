package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CorpusReadingTest {
  static final Path CORPUS = Path.of(System.getProperty("disclosure.corpus", "../corpus"));
  /** Corrected copies of expected files, with the reason in the README beside them. */
  static final Path CORRECTIONS = Path.of("src/test/resources/expected-corrections");

  static List<Path> reports() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve("reports"))) {
      return files.filter(p -> !p.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  static ReadResult read(Path report) throws IOException {
    String name = report.getFileName().toString();
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HtmlReportReader.of().read(report);
    }
    return TextReportReader.of().read(report);
  }

  static Path expectedFor(String name) {
    Path corrected = CORRECTIONS.resolve(name);
    return Files.exists(corrected) ? corrected : CORPUS.resolve("expected").resolve(name);
  }

  @Test
  void readsEveryHtmlTextAndMarkdownReport() throws IOException {
    List<Path> reports = reports();
    assertEquals(42, reports.size());
    for (Path report : reports) {
      ReadResult result = read(report);
      assertTrue(result.getReport().getYear() >= 2019, report.toString());
    }
  }

  @Test
  void readsEveryExpectedCell() throws IOException {
    List<String> differences = new ArrayList<>();
    StringBuilder accuracy = new StringBuilder();
    int files = 0;
    for (Path report : reports()) {
      String file = report.getFileName().toString();
      String name = file.substring(0, file.lastIndexOf('.'));
      Path expected = CORPUS.resolve("expected").resolve(name + ".tsv");
      if (!Files.exists(expected)) {
        continue;
      }
      files++;
      Expected.Comparison c = Expected.compare(file, Expected.parse(expectedFor(name + ".tsv")),
          read(report).getReport());
      accuracy.append(String.format("%-45s %3d / %3d%n", file, c.exact, c.total));
      differences.addAll(c.differences);
    }
    System.out.print(accuracy);
    assertEquals(11, files);
    assertEquals(List.of(), differences, String.join("\n", differences));
  }
}

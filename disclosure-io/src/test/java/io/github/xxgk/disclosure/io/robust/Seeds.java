package io.github.xxgk.disclosure.io.robust;

import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real inputs the robustness tests start from: the bundled corpus and the canonical JSON examples. */
final class Seeds {
  private Seeds() {}

  /** Returns the corpus directory ({@code disclosure.corpus}, set by Surefire). */
  static Path corpus() {
    return Paths.get(System.getProperty("disclosure.corpus", "../corpus"));
  }

  /** Returns the repository root ({@code disclosure.root}, set by Surefire). */
  static Path root() {
    return Paths.get(System.getProperty("disclosure.root", ".."));
  }

  /** Returns the corpus reports whose names end with one of the suffixes, sorted by name. */
  static List<Path> reports(String... suffixes) {
    try (Stream<Path> files = Files.list(corpus().resolve("reports"))) {
      return files.filter(f -> {
        String name = f.getFileName().toString();
        return Stream.of(suffixes).anyMatch(name::endsWith);
      }).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the canonical JSON examples of the repository. */
  static List<Path> jsonExamples() {
    try (Stream<Path> files = Files.list(root().resolve("examples"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the reports of the JSON examples. */
  static List<Report> exampleReports() {
    List<Report> out = new ArrayList<>();
    for (Path file : jsonExamples()) {
      try {
        out.add(ReportJson.read(Files.readAllBytes(file), file.getFileName().toString()));
      } catch (ReportReadException e) {
        throw new AssertionError(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Returns the CSV of each JSON example, as the CSV writer writes it. */
  static List<byte[]> exampleCsv() {
    List<byte[]> out = new ArrayList<>();
    for (Report report : exampleReports()) {
      out.add(CsvReportWriter.of().toCsv(report).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Reads a file, unchecked. */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.xxgk.disclosure.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {
  @TempDir
  Path dir;

  @Test
  void tellsEveryCorpusFileByContent() throws IOException {
    Map<String, InputKind> kinds = new TreeMap<>();
    try (Stream<Path> files = Files.list(Cli.CORPUS.resolve("reports"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        kinds.put(file.getFileName().toString(), ReportFiles.detect(file));
      }
    }
    assertEquals(45, kinds.size());
    kinds.forEach((name, kind) -> {
      InputKind expected = name.endsWith(".pdf") ? InputKind.PDF : name.endsWith(".html") ? InputKind.HTML
          : InputKind.TEXT;
      assertEquals(expected, kind, name);
    });
  }

  @Test
  void tellsJsonFromJsonLinesWithLongLinesAndCsvByItsHeader() throws IOException {
    String compact = "{\"body\":\"" + "x".repeat(20_000) + "\"}";
    assertEquals(InputKind.JSON, kind(compact));
    assertEquals(InputKind.JSON, kind(compact + "\n"));
    assertEquals(InputKind.JSON_LINES, kind(compact + "\n" + compact + "\n"));
    assertEquals(InputKind.JSON, kind("{\n  \"body\": 1\n}\n"));
    assertEquals(InputKind.JSON, ReportFiles.detect(Cli.PINGTAN_2021));
    assertEquals(InputKind.CSV, kind("\ufeffrecord,address,table\n"));
    assertEquals(InputKind.TEXT, kind("address,record\n"));
    assertEquals(InputKind.HTML, kind("  <!doctype html><title>x</title>"));
    assertEquals(InputKind.HTML, kind("正文\n<table><tr><td>1</td></tr></table>"));
    assertEquals(InputKind.PDF, kind("%PDF-1.7\n"));
    assertEquals(InputKind.TEXT, kind(""));
    assertEquals(InputKind.TEXT, kind("一、总体情况\n"));
  }

  @Test
  void refusesBinaryContent() throws IOException {
    Path file = dir.resolve("report.json");
    Files.write(file, new byte[] {'{', 0, 1, 2});
    assertEquals(InputKind.BINARY, ReportFiles.detect(file));
    ReportReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReportReadException.class,
        () -> ReportFiles.readOne(file));
    assertEquals(file + ": byte 0: not a report: binary content that is not a PDF", e.getMessage());
  }

  private InputKind kind(String content) throws IOException {
    Path file = dir.resolve("input");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return ReportFiles.detect(file);
  }
}

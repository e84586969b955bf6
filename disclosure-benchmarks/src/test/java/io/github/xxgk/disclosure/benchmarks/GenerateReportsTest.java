package io.github.xxgk.disclosure.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.testkit.GeneratorOptions;
import io.github.xxgk.disclosure.testkit.ReportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateReportsTest {
  private static final ReportGenerator GENERATOR = ReportGenerator.of(GeneratorOptions.defaults());

  @TempDir
  Path dir;

  @Test
  void writesOneJsonFilePerSeedInNameOrder() throws Exception {
    GenerateReports.run("3", "--dir", dir.resolve("out").toString(), "--seed", "7");
    assertEquals(List.of("r00000000.json", "r00000001.json", "r00000002.json"),
        List.of(dir.resolve("out").toFile().list()).stream().sorted().toList());
    for (int i = 0; i < 3; i++) {
      Report read = ReportJson.read(Files.readAllBytes(dir.resolve("out").resolve("r0000000" + i + ".json")), "r");
      assertEquals(GENERATOR.generate(7L + i), read);
    }
  }

  @Test
  void writesJsonLinesFromSeedOne() throws Exception {
    Path file = dir.resolve("reports.jsonl");
    GenerateReports.run("2", "--jsonl", file.toString());
    assertEquals(List.of(GENERATOR.generate(1L), GENERATOR.generate(2L)),
        ReportJson.readLines(Files.readAllBytes(file), "reports.jsonl"));
  }

  @Test
  void rejectsNegativeCount() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenerateReports.run("-1", "--dir", dir.toString()));
    assertEquals("COUNT must be >= 0: -1", e.getMessage());
  }
}

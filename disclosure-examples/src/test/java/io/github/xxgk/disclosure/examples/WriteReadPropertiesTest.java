package io.github.xxgk.disclosure.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.testkit.GeneratorOptions;
import io.github.xxgk.disclosure.testkit.Mutant;
import io.github.xxgk.disclosure.testkit.MutantKind;
import io.github.xxgk.disclosure.testkit.Mutants;
import io.github.xxgk.disclosure.testkit.ReportGenerator;
import io.github.xxgk.disclosure.testkit.Scale;
import io.github.xxgk.disclosure.testkit.SeededCases;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WriteReadPropertiesTest {
  @Test
  void canonicalJsonWriteReadIsTheIdentity() {
    SeededCases.check("JSON write→read is the identity", seed -> {
      Report report = anyReport(seed);
      String json = ReportJson.write(report);
      Report back = read(json, seed);
      assertEquals(report, back, json);
      assertEquals(json, ReportJson.write(back));
      assertEquals(report, read(ReportJson.writePretty(report), seed));
    });
  }

  @Test
  void csvWriteReadIsTheIdentity() {
    SeededCases.check("CSV write→read is the identity", seed -> {
      Report report = anyReport(seed);
      String csv = CsvReportWriter.of().toCsv(report);
      ReadResult result;
      try {
        result = CsvReportReader.of().read(csv);
      } catch (io.github.xxgk.disclosure.io.ReportReadException e) {
        throw new AssertionError(e.getMessage() + "\n" + csv, e);
      }
      assertEquals(List.of(), result.getDiagnostics(), csv);
      assertEquals(report, result.getReport(), csv);
    });
  }

  /**
   * Returns a generated report, valid or (one in four) a mutant: writers must keep broken reports too. Negative
   * counts are left out: the JSON and CSV readers reject them (reported to the lead).
   */
  static Report anyReport(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    GeneratorOptions options = GeneratorOptions.defaults()
        .withScale(Scale.values()[random.nextInt(Scale.values().length)])
        .withBlankShare(random.nextInt(3) == 0 ? 0 : random.nextInt(101) / 100.0)
        .withSectionTexts(random.nextBoolean());
    Report report = ReportGenerator.of(options).generate(seed);
    if (random.nextInt(4) != 0) {
      return report;
    }
    MutantKind[] kinds = {MutantKind.WRONG_COUNT, MutantKind.BLANK_NOT_ZERO, MutantKind.TOTAL_OMITTED,
        MutantKind.EDITION_YEAR, MutantKind.EDITION_NOTICE};
    return Mutants.of(report, kinds[random.nextInt(kinds.length)], seed).map(Mutant::getReport).orElse(report);
  }

  private static Report read(String json, long seed) {
    try {
      return ReportJson.read(json, "generated-" + seed + ".json");
    } catch (io.github.xxgk.disclosure.io.ReportReadException e) {
      throw new AssertionError(e.getMessage() + "\n" + json, e);
    }
  }
}

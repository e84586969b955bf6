package io.github.xxgk.disclosure.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.TableId;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Severity;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReportGensTest {
  @Test
  void generatedReportsHaveNoErrorOnQuickTheories() {
    qt().withExamples(SeededCases.cases()).withFixedSeed(SeededCases.baseSeed())
        .forAll(ReportGens.reports(GeneratorOptions.defaults().withBlankShare(0.3)))
        .checkAssert(report -> assertEquals(List.of(), Checker.standard().check(report).getFindings(Severity.ERROR)));
  }

  @Test
  void mutantsGiveExactlyTheirRuleOnQuickTheories() {
    qt().withExamples(SeededCases.cases()).withFixedSeed(SeededCases.baseSeed())
        .forAll(ReportGens.mutants(GeneratorOptions.defaults()))
        .checkAssert(MutantsTest::assertExactly);
  }

  @Test
  void failingCasesShrinkTowardsSmallCountsAndFewNonZeroCells() {
    AtomicReference<Report> smallest = new AtomicReference<>();
    assertThrows(AssertionError.class, () -> qt().withExamples(200).withShrinkCycles(5000).withFixedSeed(42)
        .forAll(ReportGens.reports(GeneratorOptions.defaults().withScale(Scale.CITY).withEdition(Edition.GOV_2021)))
        .check(report -> {
          boolean holds = received(report) < 5;
          if (!holds && (smallest.get() == null || nonZero(report) <= nonZero(smallest.get()))) {
            smallest.set(report);
          }
          return holds;
        }));
    Report shrunk = smallest.get();
    assertTrue(received(shrunk) >= 5 && received(shrunk) <= 6, "received " + received(shrunk));
    assertTrue(nonZero(shrunk) <= 12, "non-zero table 三 cells " + nonZero(shrunk));
  }

  private static long received(Report report) {
    return report.getCount(report.getCatalog().get(RequestRow.NEW_RECEIVED, Applicant.TOTAL));
  }

  private static int nonZero(Report report) {
    int count = 0;
    for (Cell cell : report.getCatalog().getCells(TableId.REQUESTS)) {
      if (report.getCount(cell) != 0) {
        count++;
      }
    }
    return count;
  }
}

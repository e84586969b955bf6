package io.github.xxgk.disclosure.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportPairsTest {
  private static final Checker CHECKER = Checker.standard();

  @Test
  void consistentPairsGiveNoCrossYearFindingAndBrokenPairsExactlyTheExpectedOnes() {
    Map<String, Integer> broken = new HashMap<>();
    int[] editionChanges = {0};
    SeededCases.check("consistent pair has no cross-year finding, broken pair exactly the expected", seed -> {
      ReportPair pair = ReportGenerator.of(AnyOptions.of(seed)).generatePair(seed);
      assertEquals(List.of(), CHECKER.compare(pair.getPrevious(), pair.getCurrent()).getFindings(), pair.toString());
      assertEquals(List.of(), CHECKER.check(pair.getPrevious()).getFindings(Severity.ERROR));
      assertEquals(List.of(), CHECKER.check(pair.getCurrent()).getFindings(Severity.ERROR));
      if (pair.getPrevious().getEdition() != pair.getCurrent().getEdition()) {
        editionChanges[0]++;
      }
      Optional<BrokenPair> maybe = BrokenPair.of(pair, seed);
      if (maybe.isEmpty()) {
        return;
      }
      BrokenPair b = maybe.get();
      CheckResult result = CHECKER.compare(b.getPair().getPrevious(), b.getPair().getCurrent());
      List<String> ids = result.getFindings().stream().map(Finding::getRuleId).sorted().toList();
      assertEquals(b.getRuleIds(), ids, b + " gave " + result.getFindings());
      Finding first = result.getFindings().get(0);
      assertEquals(b.getCell(), first.getCells().get(0), b.toString());
      for (Finding f : result.getFindings()) {
        assertEquals(b.getCell().getRowId(), f.getCells().get(0).getRowId(), b.toString());
      }
      assertEquals(List.of(), CHECKER.check(b.getPair().getCurrent()).getFindings(
          Severity.ERROR), b.toString());
      assertEquals(List.of(), CHECKER.check(b.getPair().getPrevious()).getFindings(
          Severity.ERROR), b.toString());
      broken.merge(b.getRuleId(), 1, Integer::sum);
    });
    for (String rule : List.of("X-1", "X-2", "X-3", "X-4")) {
      assertTrue(broken.getOrDefault(rule, 0) > 0, rule + " never broken: " + broken);
    }
    assertTrue(editionChanges[0] > 0, "no pair across the 2020→2021 edition change");
  }

  @Test
  void pairsAcrossTheEditionChangeKeepCarriedOverRequests() {
    ReportPair pair = ReportGenerator.of(GeneratorOptions.defaults().withYear(2021)).generatePair(5);
    assertEquals(Edition.GOV_2019, pair.getPrevious().getEdition());
    assertEquals(Edition.GOV_2021, pair.getCurrent().getEdition());
    assertEquals(pair.getPrevious().getRequests().orElseThrow().getRow(
            io.github.xxgk.disclosure.model.RequestRow.CARRIED_OVER_TO_NEXT),
        pair.getCurrent().getRequests().orElseThrow().getRow(
            io.github.xxgk.disclosure.model.RequestRow.CARRIED_OVER_FROM_PREVIOUS));
    assertEquals(pair.getPrevious().getBody(), pair.getCurrent().getBody());
  }
}

package io.github.xxgk.disclosure.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.Category;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MutantsTest {
  private static final Checker CHECKER = Checker.standard();

  @Test
  void eachMutantGivesExactlyItsRuleAtItsCellAndTheCulpritHintNamesIt() {
    Map<MutantKind, Integer> made = new EnumMap<>(MutantKind.class);
    SeededCases.check("each mutant gives exactly its rule at its cell", seed -> {
      Report valid = ReportGenerator.of(AnyOptions.of(seed)).generate(seed);
      for (MutantKind kind : MutantKind.values()) {
        Optional<Mutant> mutant = Mutants.of(valid, kind, seed);
        if (mutant.isPresent()) {
          assertExactly(mutant.get());
          made.merge(kind, 1, Integer::sum);
        }
      }
    });
    for (MutantKind kind : MutantKind.values()) {
      assertTrue(made.getOrDefault(kind, 0) > SeededCases.cases() / 4, kind + " made " + made.get(kind));
    }
  }

  @Test
  void wrongLeafCountBreaksItsRowAndColumnAndIsTheCulprit() {
    Report valid = ReportGenerator.of(GeneratorOptions.defaults().withEdition(Edition.GOV_2021)).generate(11);
    Mutant mutant = null;
    for (long seed = 0; mutant == null || !mutant.getAddress().orElseThrow().startsWith("t3.granted."); seed++) {
      mutant = Mutants.of(valid, MutantKind.WRONG_COUNT, seed).orElseThrow();
    }
    Cell cell = mutant.getCell().orElseThrow();
    List<String> expected = cell.getColumnId().equals("total") ? List.of("S-T3-1", "S-T3-2")
        : List.of("S-T3-1", "S-T3-2");
    assertEquals(expected, mutant.getRuleIds());
    assertEquals("S-T3-2", mutant.getRuleId());
    assertEquals(cell, Catalog.of(Edition.GOV_2021).get(mutant.getAddress().orElseThrow()));
    assertExactly(mutant);
  }

  static void assertExactly(Mutant mutant) {
    CheckResult before = CHECKER.check(mutant.getOriginal());
    CheckResult after = CHECKER.check(mutant.getReport());
    List<Finding> added = new ArrayList<>(after.getFindings());
    for (Finding f : before.getFindings()) {
      added.remove(f);
    }
    added.removeIf(f -> f.getCategory() == Category.PLAUSIBILITY || f.getCategory() == Category.NARRATIVE
        || f.getRuleId().equals("A-1"));
    List<String> ids = added.stream().map(Finding::getRuleId).sorted().toList();
    assertEquals(mutant.getRuleIds(), ids, mutant + " gave " + added);
    assertTrue(ids.contains(mutant.getRuleId()), mutant.toString());
    if (mutant.getCell().isPresent()) {
      Cell cell = mutant.getCell().get();
      for (Finding f : added) {
        assertTrue(f.getCells().contains(cell), mutant + " gave " + f);
      }
      if (mutant.getRuleIds().size() >= 2) {
        List<Finding> culprits = after.getFindings("A-1");
        assertEquals(1, culprits.size(), mutant + " gave " + after.getFindings());
        assertEquals(List.of(cell), culprits.get(0).getCells(), mutant.toString());
        assertEquals(mutant.getOriginal().getCount(cell), culprits.get(0).getComputed().orElseThrow().longValueExact(),
            mutant.toString());
      }
    }
  }
}

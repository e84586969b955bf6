package io.github.xxgk.disclosure.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Consolidation;
import io.github.xxgk.disclosure.rules.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConsolidationPropertiesTest {
  private static final Checker CHECKER = Checker.standard();

  @Test
  void consolidationOfValidReportsIsValidAndTheCellWiseSum() {
    SeededCases.check("consolidation of valid reports is valid and the cell-wise sum", seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      int year = random.nextInt(2019, 2026);
      GeneratorOptions options = AnyOptions.of(seed).withYear(year).withEdition(Edition.forYear(year));
      ReportGenerator generator = ReportGenerator.of(options);
      List<Report> units = new ArrayList<>();
      int count = random.nextInt(1, 6);
      for (int i = 0; i < count; i++) {
        Report unit = generator.generate(random.nextLong());
        units.add(Report.builder().from(unit).body("单位" + (i + 1) + unit.getBody()).build());
      }
      Consolidation consolidation = Consolidation.of("汇总", units);
      Report sum = consolidation.getReport();
      assertEquals(List.of(), CHECKER.check(sum).getFindings(Severity.ERROR), options.toString());
      for (Cell cell : sum.getCatalog().getCells()) {
        BigDecimal expected = BigDecimal.ZERO;
        for (Report unit : units) {
          expected = expected.add(unit.get(cell).getNumber().orElse(BigDecimal.ZERO));
        }
        BigDecimal actual = sum.get(cell).getNumber().orElse(BigDecimal.ZERO);
        assertEquals(0, expected.compareTo(actual), cell + ": " + expected + " vs " + actual);
      }
      assertEquals(List.of(), CHECKER.compare(consolidation, sum).getFindings());
    });
  }
}

package io.github.xxgk.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  /** Seeded reports with random cells changed, blanked or made unresolved. */
  private static List<Report> reports(long seed, int count) {
    Random random = new Random(seed);
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Fixtures.Draft d = switch (i % 3) {
        case 0 -> Fixtures.xuanhua();
        case 1 -> Fixtures.pingtan2021();
        default -> Fixtures.shanghai();
      };
      List<Cell> cells = new ArrayList<>();
      for (TableId table : TableId.values()) {
        cells.addAll(d.sheet.getCatalog().getCells(table));
      }
      cells.removeIf(c -> c.getKind() == CellKind.MONEY);
      for (int k = random.nextInt(5); k > 0; k--) {
        Cell cell = cells.get(random.nextInt(cells.size()));
        int what = random.nextInt(10);
        d.put(cell.getAddress(), what == 0 ? CellValue.blank() : what == 1 ? CellValue.unresolved("?")
            : CellValue.of(random.nextInt(20) - (cell.getKind() == CellKind.SIGNED_COUNT ? 10 : 1)));
      }
      reports.add(d.build());
    }
    return reports;
  }

  @Test
  void givesTheSameSortedResultsEveryTime() {
    List<Report> reports = reports(20261202L, 60);
    int findings = 0;
    for (Report report : reports) {
      CheckResult first = Checker.standard().check(report);
      assertEquals(first, Checker.standard().check(report));
      List<Finding> sorted = new ArrayList<>(first.getFindings());
      sorted.sort(Comparator.comparingInt(f -> f.getRule().order));
      assertEquals(sorted, first.getFindings());
      findings += first.getFindings().size();
    }
    assertTrue(findings > 60, "the seeded reports should break rules: " + findings);
  }

  @Test
  void oneCheckerServesManyThreads() throws Exception {
    List<Report> reports = reports(7L, 90);
    Checker checker = Checker.standard().withProfile(Profile.parse("H-T2-2=NOTICE"));
    List<CheckResult> expected = new ArrayList<>();
    for (Report report : reports) {
      expected.add(checker.check(report));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<CheckResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          List<CheckResult> results = new ArrayList<>();
          for (int i = 0; i < reports.size(); i++) {
            results.add(checker.check(reports.get((i + offset * 7) % reports.size())));
          }
          return results;
        }));
      }
      for (int t = 0; t < 4; t++) {
        List<CheckResult> results = futures.get(t).get();
        for (int i = 0; i < reports.size(); i++) {
          assertEquals(expected.get((i + t * 7) % reports.size()), results.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

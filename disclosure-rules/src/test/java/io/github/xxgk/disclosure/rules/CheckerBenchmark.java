package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a check against a baseline that only reads every cell of the report once (count and state), the
 * least any checker must do. Run: {@code java -cp <test classpath> org.openjdk.jmh.Main CheckerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckerBenchmark {
  private final Report consistent = Fixtures.xuanhua().build();
  private final Report shanghai = Fixtures.shanghai().build();
  private final Checker checker = Checker.standard();

  /** Baseline: reads every count and state of the consistent report. */
  @Benchmark
  public long readEveryCell() {
    long sum = 0;
    for (TableId table : TableId.values()) {
      for (Cell cell : consistent.getCatalog().getCells(table)) {
        if (cell.getKind() != CellKind.MONEY) {
          sum += consistent.getCount(cell);
        }
        sum += consistent.getState(cell) == CellState.VALUE ? 0 : 1;
      }
    }
    return sum;
  }

  /** Reads the report into arrays, as every check does first. */
  @Benchmark
  public Object readSheet() {
    return new Sheet(consistent);
  }

  /** Checks the consistent report (no findings). */
  @Benchmark
  public CheckResult checkConsistent() {
    return checker.check(consistent);
  }

  /** Checks the Shanghai report (11 findings, messages not formatted). */
  @Benchmark
  public CheckResult checkWithFindings() {
    return checker.check(shanghai);
  }
}

package io.github.xxgk.disclosure.benchmarks;

import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Checker;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Pair 1: the full rule check of one report against Hibernate Validator validating the same report's field
 * constraints only (a validator that ignores {@code validation.xml}, so the rules' {@code @ConsistentReport} mapping
 * is not applied). Each call takes the next report of the source in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
  @Param({Samples.CORPUS, Samples.GENERATED})
  public String source;

  private final Checker checker = Checker.standard();
  private Report[] reports;
  private int next;
  private ValidatorFactory factory;
  private Validator validator;

  /** Loads the reports and builds the validator. */
  @Setup
  public void setUp() {
    reports = Samples.reports(source);
    factory = Validation.byProvider(HibernateValidator.class).configure().ignoreXmlConfiguration()
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  /** Closes the validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  private Report next() {
    Report report = reports[next];
    next = next + 1 == reports.length ? 0 : next + 1;
    return report;
  }

  /** Ours: every rule of the standard profile. */
  @Benchmark
  public CheckResult check() {
    return checker.check(next());
  }

  /** Baseline: Hibernate Validator, field constraints only. */
  @Benchmark
  public Set<ConstraintViolation<Report>> validate() {
    return validator.validate(next());
  }
}

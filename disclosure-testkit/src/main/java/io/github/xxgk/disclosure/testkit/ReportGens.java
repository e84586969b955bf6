package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Report;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators over {@link ReportGenerator} and {@link Mutants}.
 *
 * <p>Every number is drawn from QuickTheories with its lower bound as shrink point, so a failing case shrinks
 * towards small counts and few non-zero cells (each cell's "is non-zero" draw shrinks to "zero").
 */
public final class ReportGens {
  private static final int ATTEMPTS = 100;

  private ReportGens() {}

  /** Returns valid reports with the given options. */
  public static Gen<Report> reports(GeneratorOptions options) {
    ReportGenerator generator = ReportGenerator.of(options);
    Gen<Report> gen = in -> generator.generate(source(in));
    return gen.describedAs(ReportGens::describe);
  }

  /** Returns consistent pairs of consecutive years with the given options. */
  public static Gen<ReportPair> pairs(GeneratorOptions options) {
    ReportGenerator generator = ReportGenerator.of(options);
    Gen<ReportPair> gen = in -> generator.generatePair(source(in));
    return gen.describedAs(pair -> describe(pair.getPrevious()) + " → " + describe(pair.getCurrent()));
  }

  /** Returns mutants, of any kind, of valid reports with the given options. */
  public static Gen<Mutant> mutants(GeneratorOptions options) {
    ReportGenerator generator = ReportGenerator.of(options);
    Gen<Mutant> gen = in -> {
      Source source = source(in);
      return Mutants.of(generator.generate(source), source);
    };
    return gen.describedAs(Mutant::toString);
  }

  /** Returns mutants of one kind of valid reports with the given options. */
  public static Gen<Mutant> mutants(GeneratorOptions options, MutantKind kind) {
    ReportGenerator generator = ReportGenerator.of(options);
    Gen<Mutant> gen = in -> {
      Source source = source(in);
      for (int i = 0; i < ATTEMPTS; i++) {
        Optional<Mutant> mutant = Mutants.of(generator.generate(source), kind, source);
        if (mutant.isPresent()) {
          return mutant.get();
        }
      }
      throw new IllegalStateException("no " + kind + " mutant in " + ATTEMPTS + " reports with " + options);
    };
    return gen.describedAs(Mutant::toString);
  }

  /** Returns broken pairs of consecutive years with the given options. */
  public static Gen<BrokenPair> brokenPairs(GeneratorOptions options) {
    ReportGenerator generator = ReportGenerator.of(options);
    Gen<BrokenPair> gen = in -> {
      Source source = source(in);
      for (int i = 0; i < ATTEMPTS; i++) {
        Optional<BrokenPair> broken = BrokenPair.of(generator.generatePair(source), source);
        if (broken.isPresent()) {
          return broken.get();
        }
      }
      throw new IllegalStateException("no broken pair in " + ATTEMPTS + " pairs with " + options);
    };
    return gen.describedAs(BrokenPair::toString);
  }

  private static Source source(RandomnessSource in) {
    return (min, max) -> in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  private static String describe(Report report) {
    return report.getBody() + " " + report.getYear() + " " + report.getEdition() + " " + report.getRequests()
        .map(t -> t.getRows().toString()).orElse("");
  }
}

package io.github.xxgk.disclosure.testkit;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Runs a property once per seed, on any test engine: {@value #CASES} cases by default, the count from the system
 * property {@code disclosure.properties.cases}, seeds from {@code disclosure.properties.seed} (else random).
 *
 * <p>Case {@code i} gets seed {@code base + i}, so the seed printed for a failing case, given as the base seed,
 * re-runs that case first.
 */
public final class SeededCases {
  /** The default number of cases. */
  public static final int CASES = 1000;
  /** The system property giving the number of cases. */
  public static final String CASES_PROPERTY = "disclosure.properties.cases";
  /** The system property giving the first seed. */
  public static final String SEED_PROPERTY = "disclosure.properties.seed";

  private SeededCases() {}

  /** Returns the number of cases to run: the system property, else {@link #CASES}. */
  public static int cases() {
    String value = System.getProperty(CASES_PROPERTY);
    if (value == null || value.isBlank()) {
      return CASES;
    }
    try {
      int cases = Integer.parseInt(value.strip());
      if (cases < 1) {
        throw new IllegalArgumentException(CASES_PROPERTY + " must be >= 1: " + value);
      }
      return cases;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(CASES_PROPERTY + " must be a whole number: " + value, e);
    }
  }

  /** Returns the first seed: the system property, else a random one. */
  public static long baseSeed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED_PROPERTY + " must be a whole number: " + value, e);
    }
  }

  /**
   * Runs the property for {@link #cases()} seeds; a failure is rethrown as an {@link AssertionError} naming the
   * property, the seed and how to re-run it.
   */
  public static void check(String property, LongConsumer test) {
    check(property, cases(), test);
  }

  /** Runs the property for the given number of seeds from {@link #baseSeed()}. */
  public static void check(String property, int cases, LongConsumer test) {
    long base = baseSeed();
    for (int i = 0; i < cases; i++) {
      long seed = base + i;
      try {
        test.accept(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(property + " failed at case " + (i + 1) + " of " + cases + " with seed " + seed
            + " (re-run with -D" + SEED_PROPERTY + "=" + seed + "): " + e.getMessage(), e);
      }
    }
  }
}

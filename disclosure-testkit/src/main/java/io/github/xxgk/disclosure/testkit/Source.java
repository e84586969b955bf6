package io.github.xxgk.disclosure.testkit;

import java.util.random.RandomGenerator;

/** Where the generators draw their numbers from: a seeded random generator or a property engine that shrinks. */
interface Source {
  /** Returns a number from {@code min} to {@code max} inclusive; shrinking engines move it towards {@code min}. */
  long between(long min, long max);

  /** Returns a source over a plain random generator. */
  static Source of(RandomGenerator random) {
    return (min, max) -> {
      if (min > max) {
        throw new IllegalArgumentException("min must be <= max: " + min + " > " + max);
      }
      return min == max ? min : random.nextLong(min, max + 1);
    };
  }

  /** Returns an index below {@code size}. */
  default int index(int size) {
    return (int) between(0, size - 1L);
  }

  /** Returns true with the given chance in percent; shrinking makes it false. */
  default boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }
}

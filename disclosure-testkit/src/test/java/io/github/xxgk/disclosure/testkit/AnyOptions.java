package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Edition;
import java.util.SplittableRandom;

/** Draws generator options from a seed, so that property suites cover every knob. */
final class AnyOptions {
  private AnyOptions() {}

  static GeneratorOptions of(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    GeneratorOptions options = GeneratorOptions.defaults()
        .withScale(Scale.values()[random.nextInt(Scale.values().length)])
        .withBlankShare(random.nextInt(4) == 0 ? 0 : random.nextInt(101) / 100.0)
        .withSectionTexts(random.nextInt(4) != 0);
    if (random.nextBoolean()) {
      options = options.withLevel(BodyLevel.values()[random.nextInt(BodyLevel.values().length)]);
    }
    if (random.nextInt(3) == 0) {
      options = options.withEdition(random.nextBoolean() ? Edition.GOV_2019 : Edition.GOV_2021);
    }
    return options;
  }
}

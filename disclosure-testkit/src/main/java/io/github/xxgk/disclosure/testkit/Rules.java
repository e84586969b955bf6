package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.ReviewGroup;

/** The ids (FORMAT.md §5) of the rules generated reports satisfy and mutants break. */
final class Rules {
  static final String O_T3_1 = "O-T3-1";
  static final String S_T3_1 = "S-T3-1";
  static final String S_T3_2 = "S-T3-2";
  static final String S_T3_3 = "S-T3-3";
  static final String S_T4_4 = "S-T4-4";
  static final String S_T2_1 = "S-T2-1";
  static final String X_1 = "X-1";
  static final String X_2 = "X-2";
  static final String X_3 = "X-3";
  static final String X_4 = "X-4";

  private Rules() {}

  static String ofGroup(ReviewGroup group) {
    return "S-T4-" + (group.ordinal() + 1);
  }
}

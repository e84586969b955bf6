package io.github.xxgk.disclosure.testkit;

/** How a {@link Mutant} breaks its valid report. */
public enum MutantKind {
  /** One count of table 三 or 四 changed to another non-negative number: the identities through it fail. */
  WRONG_COUNT,
  /** One count made negative, the identities kept by moving the difference to other cells. */
  NEGATIVE_COUNT,
  /**
   * One non-zero breakdown count of table 三 or 四 printed blank, which counts as 0 (not a （七）总计 cell, which is
   * itself the total of its column).
   */
  BLANK_NOT_ZERO,
  /** One non-zero 总计 of table 三 or 四 printed blank: total omitted (C-4), its identities not assessed. */
  TOTAL_OMITTED,
  /** The report year moved to the other edition's years: the tables no longer fit the year (E-1). */
  EDITION_YEAR,
  /** The cited notice swapped for the other edition's: the tables no longer fit the notice (E-2). */
  EDITION_NOTICE
}

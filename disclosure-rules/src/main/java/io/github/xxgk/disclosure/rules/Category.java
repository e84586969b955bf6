package io.github.xxgk.disclosure.rules;

/** What kind of problem a rule looks for. */
public enum Category {
  /** A sum or an identity between cells fails. */
  ARITHMETIC,
  /** The table layout is not the official one (e.g. an unofficial row). */
  STRUCTURE,
  /** Something is missing: a table, a total, a readable value. */
  COMPLETENESS,
  /** The edition of the tables disagrees with the year or the cited notice. */
  EDITION,
  /** This year's report disagrees with last year's. */
  CROSS_YEAR,
  /** A consolidated report disagrees with the reports of its subordinate units. */
  CONSOLIDATION,
  /** A value is possible but unlikely (unit slips, powers the body lacks). */
  PLAUSIBILITY,
  /** The text of a section contradicts the tables. */
  NARRATIVE
}

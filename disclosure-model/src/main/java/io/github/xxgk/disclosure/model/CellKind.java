package io.github.xxgk.disclosure.model;

/** What a data cell holds. */
public enum CellKind {
  /** A whole number of at least 0. */
  COUNT,
  /** A whole number that may be negative (本年增/减). */
  SIGNED_COUNT,
  /** An amount of money, normalised to 元. */
  MONEY
}

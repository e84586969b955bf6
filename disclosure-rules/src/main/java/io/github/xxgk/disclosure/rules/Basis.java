package io.github.xxgk.disclosure.rules;

/** Why a rule holds (FORMAT.md rule classes). */
public enum Basis {
  /** Stated in the official format or in the 条例. */
  OFFICIAL,
  /** Follows from the table layout or a label such as 总计. */
  STRUCTURAL,
  /** Usually true, with legitimate exceptions. */
  HEURISTIC
}

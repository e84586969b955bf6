package io.github.xxgk.disclosure.model;

/** Whether a cell holds a value, was printed blank, or could not be resolved to one value. */
public enum CellState {
  /** The cell holds a number. */
  VALUE,
  /** The cell was printed blank (empty, {@code &nbsp;}, {@code -}, {@code —}, {@code /}, {@code 无}). */
  BLANK,
  /** The cell was printed but its text could not be resolved to one number (kept as printed). */
  UNRESOLVED
}

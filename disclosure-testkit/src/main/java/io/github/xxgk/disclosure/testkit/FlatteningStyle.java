package io.github.xxgk.disclosure.testkit;

/** How {@link ScrapedText} flattens the tables, as scraped pages do (FORMAT.md §6.4 and §8). */
public enum FlatteningStyle {
  /** One table row per line, cells separated by {@code  | }, group labels only in a group's first row. */
  PIPE_ROWS,
  /** Every cell on its own line, no separators. */
  CELL_PER_LINE,
  /** Every cell on its own line followed by a line holding {@code |}. */
  PIPE_CELL_PER_LINE,
  /** A row's label followed by its numbers separated by single spaces; table 四 as one line of 15 numbers. */
  NUMBER_RUNS,
  /** Counts of tables 三 and 四 run together with no separator ({@code 规范性文件898989}); table 二 as number runs. */
  CONCATENATED_DIGITS
}

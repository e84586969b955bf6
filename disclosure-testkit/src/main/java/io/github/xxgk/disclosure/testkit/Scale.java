package io.github.xxgk.disclosure.testkit;

/** The size of the counts in generated reports, from a tiny office to a province. */
public enum Scale {
  /** A few requests a year, most cells zero. */
  TINY(2, 10),
  /** A township or street office. */
  TOWNSHIP(6, 20),
  /** A county or district government. */
  COUNTY(60, 35),
  /** A city government or large department. */
  CITY(600, 50),
  /** A provincial government. */
  PROVINCE(6000, 65);

  private final long maxCell;
  private final int density;

  Scale(long maxCell, int density) {
    this.maxCell = maxCell;
    this.density = density;
  }

  /** Returns the largest count generated for one breakdown cell of table 三. */
  public long getMaxCell() {
    return maxCell;
  }

  /** Returns the percentage of breakdown cells of table 三 that hold a non-zero count. */
  public int getDensity() {
    return density;
  }
}

package io.github.xxgk.disclosure.model;

import java.util.List;

/** The five result columns of each group in table 四, in printed order. */
public enum ReviewResult {
  UPHELD("upheld", "结果维持"),
  CORRECTED("corrected", "结果纠正"),
  OTHER_RESULT("other_result", "其他结果"),
  PENDING("pending", "尚未审结"),
  TOTAL("total", "总计");

  private static final List<ReviewResult> PARTS = List.of(UPHELD, CORRECTED, OTHER_RESULT, PENDING);

  private final String id;
  private final String label;

  ReviewResult(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** Returns the stable id, e.g. {@code upheld}. */
  public String getId() {
    return id;
  }

  /** Returns the official label, e.g. {@code 结果维持}. */
  public String getLabel() {
    return label;
  }

  /** Returns the four results whose sum is {@link #TOTAL}. */
  public static List<ReviewResult> parts() {
    return PARTS;
  }

  /** Returns the result with the given id. */
  public static ReviewResult ofId(String id) {
    for (ReviewResult r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown table 四 result: " + id);
  }
}

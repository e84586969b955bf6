package io.github.xxgk.disclosure.model;

import java.util.List;
import java.util.Optional;

/** The three groups of five results in table 四, in printed order. */
public enum ReviewGroup {
  REVIEW("review", "行政复议", null),
  LITIGATION_DIRECT("litigation_direct", "未经复议直接起诉", ReviewGroup.LITIGATION),
  LITIGATION_AFTER_REVIEW("litigation_after_review", "复议后起诉", ReviewGroup.LITIGATION);

  /** The header over the two litigation groups. */
  public static final String LITIGATION = "行政诉讼";

  private final String id;
  private final String label;
  private final String parentLabel;

  ReviewGroup(String id, String label, String parentLabel) {
    this.id = id;
    this.label = label;
    this.parentLabel = parentLabel;
  }

  /** Returns the stable id, e.g. {@code litigation_direct}. */
  public String getId() {
    return id;
  }

  /** Returns the official label, e.g. {@code 未经复议直接起诉}. */
  public String getLabel() {
    return label;
  }

  /** Returns the header above this group ({@code 行政诉讼}), if any. */
  public Optional<String> getParentLabel() {
    return Optional.ofNullable(parentLabel);
  }

  /** Returns the header labels from the outermost down to this group. */
  public List<String> getLabelPath() {
    return parentLabel == null ? List.of(label) : List.of(parentLabel, label);
  }

  /** Returns the group with the given id. */
  public static ReviewGroup ofId(String id) {
    for (ReviewGroup g : values()) {
      if (g.id.equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown table 四 group: " + id);
  }
}

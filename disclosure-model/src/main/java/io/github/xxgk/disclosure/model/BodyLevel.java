package io.github.xxgk.disclosure.model;

/** The administrative level of the issuing body, which decides e.g. whether it may make 规章. */
public enum BodyLevel {
  STATE_COUNCIL_DEPARTMENT("state_council_department", "国务院部门", true),
  PROVINCE("province", "省级人民政府", true),
  PREFECTURE("prefecture", "设区的市、自治州人民政府", true),
  COUNTY("county", "县级人民政府", false),
  TOWNSHIP("township", "乡镇人民政府、街道办事处", false),
  DEPARTMENT("department", "地方人民政府部门", false);

  private final String id;
  private final String label;
  private final boolean makesRegulations;

  BodyLevel(String id, String label, boolean makesRegulations) {
    this.id = id;
    this.label = label;
    this.makesRegulations = makesRegulations;
  }

  /** Returns the stable id, e.g. {@code county}. */
  public String getId() {
    return id;
  }

  /** Returns the Chinese label. */
  public String getLabel() {
    return label;
  }

  /** Returns whether bodies of this level have the power to make 规章 (立法法). */
  public boolean makesRegulations() {
    return makesRegulations;
  }

  /** Returns the level with the given id. */
  public static BodyLevel ofId(String id) {
    for (BodyLevel l : values()) {
      if (l.id.equals(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown body level: " + id);
  }
}

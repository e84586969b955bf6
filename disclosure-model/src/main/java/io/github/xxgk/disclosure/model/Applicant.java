package io.github.xxgk.disclosure.model;

import java.util.List;
import java.util.Optional;

/** The seven applicant columns of table 三, in printed order. */
public enum Applicant {
  NATURAL_PERSON("natural_person", "自然人", false),
  COMMERCIAL_ENTERPRISE("commercial_enterprise", "商业企业", true),
  RESEARCH_INSTITUTION("research_institution", "科研机构", true),
  SOCIAL_WELFARE_ORG("social_welfare_org", "社会公益组织", true),
  LEGAL_SERVICE_ORG("legal_service_org", "法律服务机构", true),
  OTHER_ORG("other_org", "其他", true),
  TOTAL("total", "总计", false);

  /** The header over all seven columns. */
  public static final String HEADER = "申请人情况";
  /** The id of the group header over the five organisation columns. */
  public static final String ORG_GROUP_ID = "legal_person_or_other_org";
  /** The label of the group header over the five organisation columns. */
  public static final String ORG_GROUP_LABEL = "法人或其他组织";

  private static final List<Applicant> PARTS =
      List.of(NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORG,
          LEGAL_SERVICE_ORG, OTHER_ORG);

  private final String id;
  private final String label;
  private final boolean organisation;

  Applicant(String id, String label, boolean organisation) {
    this.id = id;
    this.label = label;
    this.organisation = organisation;
  }

  /** Returns the stable id, e.g. {@code natural_person}. */
  public String getId() {
    return id;
  }

  /** Returns the official label, e.g. {@code 自然人}. */
  public String getLabel() {
    return label;
  }

  /** Returns the group header label ({@code 法人或其他组织}) for the five organisation columns. */
  public Optional<String> getGroupLabel() {
    return organisation ? Optional.of(ORG_GROUP_LABEL) : Optional.empty();
  }

  /** Returns the six columns whose sum is {@link #TOTAL}. */
  public static List<Applicant> parts() {
    return PARTS;
  }

  /** Returns the column with the given id. */
  public static Applicant ofId(String id) {
    for (Applicant a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown applicant column: " + id);
  }
}

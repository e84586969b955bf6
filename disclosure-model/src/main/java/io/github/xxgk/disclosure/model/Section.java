package io.github.xxgk.disclosure.model;

/** The six sections of a report, in order. */
public enum Section {
  OVERVIEW("overview", "一、总体情况"),
  PROACTIVE_DISCLOSURE("proactive_disclosure", "二、主动公开政府信息情况"),
  REQUESTS("requests", "三、收到和处理政府信息公开申请情况"),
  REVIEW_LITIGATION("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
  PROBLEMS_IMPROVEMENTS("problems_improvements", "五、存在的主要问题及改进情况"),
  OTHER_MATTERS("other_matters", "六、其他需要报告的事项");

  private final String id;
  private final String title;

  Section(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** Returns the stable id, e.g. {@code overview}. */
  public String getId() {
    return id;
  }

  /** Returns the official title, e.g. {@code 一、总体情况}. */
  public String getTitle() {
    return title;
  }

  /** Returns the section with the given id. */
  public static Section ofId(String id) {
    for (Section s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown section: " + id);
  }
}

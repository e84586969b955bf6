package io.github.xxgk.disclosure.model;

/** The three statistical tables of a report. */
public enum TableId {
  /** Table 二: items proactively disclosed under 第二十条. */
  PROACTIVE("t2", "二", "二、主动公开政府信息情况"),
  /** Table 三: requests received and how they were handled. */
  REQUESTS("t3", "三", "三、收到和处理政府信息公开申请情况"),
  /** Table 四: administrative review and litigation. */
  REVIEW_LITIGATION("t4", "四", "四、政府信息公开行政复议、行政诉讼情况");

  private final String id;
  private final String numeral;
  private final String title;

  TableId(String id, String numeral, String title) {
    this.id = id;
    this.numeral = numeral;
    this.title = title;
  }

  /** Returns the address prefix, e.g. {@code t3}. */
  public String getId() {
    return id;
  }

  /** Returns the Chinese numeral of the table, e.g. {@code 三}. */
  public String getNumeral() {
    return numeral;
  }

  /** Returns the official title of the section holding the table. */
  public String getTitle() {
    return title;
  }

  /** Returns the table with the given address prefix. */
  public static TableId ofId(String id) {
    for (TableId t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown table: " + id);
  }
}

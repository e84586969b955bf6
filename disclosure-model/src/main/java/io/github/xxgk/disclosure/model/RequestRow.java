package io.github.xxgk.disclosure.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The data rows of table 三 across both editions, in printed order. */
public enum RequestRow {
  NEW_RECEIVED("new_received", "一、本年新收政府信息公开申请数量", null, Editions.BOTH),
  CARRIED_OVER_FROM_PREVIOUS("carried_over_from_previous", "二、上年结转政府信息公开申请数量", null, Editions.BOTH),
  GRANTED("granted", "（一）予以公开", Group.OUTCOMES, Editions.BOTH),
  PARTIALLY_GRANTED("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Group.OUTCOMES, Editions.BOTH),
  WITHHELD_STATE_SECRET("withheld_state_secret", "1.属于国家秘密", Group.WITHHELD, Editions.BOTH),
  WITHHELD_PROHIBITED_BY_LAW("withheld_prohibited_by_law", "2.其他法律行政法规禁止公开", Group.WITHHELD, Editions.BOTH),
  WITHHELD_THREE_SECURITIES_ONE_STABILITY("withheld_three_securities_one_stability", "3.危及“三安全一稳定”",
      Group.WITHHELD, Editions.BOTH),
  WITHHELD_THIRD_PARTY_RIGHTS("withheld_third_party_rights", "4.保护第三方合法权益", Group.WITHHELD, Editions.BOTH),
  WITHHELD_INTERNAL_AFFAIRS("withheld_internal_affairs", "5.属于三类内部事务信息", Group.WITHHELD, Editions.BOTH),
  WITHHELD_PROCESS_INFORMATION("withheld_process_information", "6.属于四类过程性信息", Group.WITHHELD, Editions.BOTH),
  WITHHELD_ENFORCEMENT_CASE_FILE("withheld_enforcement_case_file", "7.属于行政执法案卷", Group.WITHHELD, Editions.BOTH),
  WITHHELD_ADMINISTRATIVE_INQUIRY("withheld_administrative_inquiry", "8.属于行政查询事项", Group.WITHHELD, Editions.BOTH),
  UNABLE_NOT_HELD("unable_not_held", "1.本机关不掌握相关政府信息", Group.UNABLE_TO_PROVIDE, Editions.BOTH),
  UNABLE_REQUIRES_CREATION("unable_requires_creation", "2.没有现成信息需要另行制作", Group.UNABLE_TO_PROVIDE, Editions.BOTH),
  UNABLE_UNCLEAR_AFTER_CORRECTION("unable_unclear_after_correction", "3.补正后申请内容仍不明确", Group.UNABLE_TO_PROVIDE,
      Editions.BOTH),
  NOT_PROCESSED_PETITION_COMPLAINT("not_processed_petition_complaint", "1.信访举报投诉类申请", Group.NOT_PROCESSED,
      Editions.BOTH),
  NOT_PROCESSED_REPEATED("not_processed_repeated", "2.重复申请", Group.NOT_PROCESSED, Editions.BOTH),
  NOT_PROCESSED_PUBLICATION("not_processed_publication", "3.要求提供公开出版物", Group.NOT_PROCESSED, Editions.BOTH),
  NOT_PROCESSED_MASSIVE_REPEATED("not_processed_massive_repeated", "4.无正当理由大量反复申请", Group.NOT_PROCESSED,
      Editions.BOTH),
  NOT_PROCESSED_CONFIRM_OR_REISSUE("not_processed_confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息",
      Group.NOT_PROCESSED, Editions.BOTH),
  /** （六）其他处理 as one data row: 2019 edition only. */
  OTHER_HANDLING("other_handling", "（六）其他处理", Group.OUTCOMES, Editions.ONLY_2019),
  OTHER_NO_CORRECTION_OVERDUE("other_no_correction_overdue",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Group.OTHER_HANDLING, Editions.ONLY_2021),
  OTHER_FEE_UNPAID_OVERDUE("other_fee_unpaid_overdue",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group.OTHER_HANDLING, Editions.ONLY_2021),
  OTHER_OTHER("other_other", "3.其他", Group.OTHER_HANDLING, Editions.ONLY_2021),
  OUTCOMES_TOTAL("outcomes_total", "（七）总计", Group.OUTCOMES, Editions.BOTH),
  CARRIED_OVER_TO_NEXT("carried_over_to_next", "四、结转下年度继续办理", null, Editions.BOTH);

  /** The note printed in the header of table 三, stating the official identity O-T3-1. */
  public static final String IDENTITY_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  /** A merged header cell grouping rows of table 三. */
  public enum Group {
    OUTCOMES("outcomes", "三、本年度办理结果", null),
    WITHHELD("withheld", "（三）不予公开", OUTCOMES),
    UNABLE_TO_PROVIDE("unable_to_provide", "（四）无法提供", OUTCOMES),
    NOT_PROCESSED("not_processed", "（五）不予处理", OUTCOMES),
    /** （六）其他处理 as a group of three rows: 2021 edition only. */
    OTHER_HANDLING("other_handling", "（六）其他处理", OUTCOMES);

    private final String id;
    private final String label;
    private final Group parent;

    Group(String id, String label, Group parent) {
      this.id = id;
      this.label = label;
      this.parent = parent;
    }

    /** Returns the stable id, e.g. {@code withheld}. */
    public String getId() {
      return id;
    }

    /** Returns the official label, e.g. {@code （三）不予公开}. */
    public String getLabel() {
      return label;
    }

    /** Returns the enclosing group, if any. */
    public Optional<Group> getParent() {
      return Optional.ofNullable(parent);
    }
  }

  private enum Editions {
    BOTH, ONLY_2019, ONLY_2021
  }

  private final String id;
  private final String label;
  private final Group group;
  private final Editions editions;

  RequestRow(String id, String label, Group group, Editions editions) {
    this.id = id;
    this.label = label;
    this.group = group;
    this.editions = editions;
  }

  /** Returns the stable id, e.g. {@code withheld_state_secret}. */
  public String getId() {
    return id;
  }

  /** Returns the official label, e.g. {@code 1.属于国家秘密}. */
  public String getLabel() {
    return label;
  }

  /** Returns the innermost group header of this row, if any. */
  public Optional<Group> getGroup() {
    return Optional.ofNullable(group);
  }

  /** Returns the labels from the outermost group down to this row. */
  public List<String> getLabelPath() {
    if (group == null) {
      return List.of(label);
    }
    if (group.parent == null) {
      return List.of(group.label, label);
    }
    return List.of(group.parent.label, group.label, label);
  }

  /** Returns whether the row exists in the given official edition. */
  public boolean isIn(Edition edition) {
    switch (editions) {
      case ONLY_2019:
        return edition == Edition.GOV_2019;
      case ONLY_2021:
        return edition == Edition.GOV_2021;
      default:
        return edition.isOfficial();
    }
  }

  /** Returns whether this row is one outcome leaf summed into {@link #OUTCOMES_TOTAL}. */
  public boolean isOutcome() {
    return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER_OTHER.ordinal();
  }

  /** Returns the rows of the given official edition, in printed order. */
  public static List<RequestRow> of(Edition edition) {
    return edition == Edition.GOV_2019 ? Lists.ROWS_2019 : Lists.ROWS_2021;
  }

  /** Returns the outcome rows of the given edition summed into {@link #OUTCOMES_TOTAL}. */
  public static List<RequestRow> outcomes(Edition edition) {
    return edition == Edition.GOV_2019 ? Lists.OUTCOMES_2019 : Lists.OUTCOMES_2021;
  }

  /** Returns the row with the given id. */
  public static RequestRow ofId(String id) {
    for (RequestRow r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown table 三 row: " + id);
  }

  private static final class Lists {
    static final List<RequestRow> ROWS_2019 = select(Edition.GOV_2019, false);
    static final List<RequestRow> ROWS_2021 = select(Edition.GOV_2021, false);
    static final List<RequestRow> OUTCOMES_2019 = select(Edition.GOV_2019, true);
    static final List<RequestRow> OUTCOMES_2021 = select(Edition.GOV_2021, true);

    private static List<RequestRow> select(Edition edition, boolean outcomesOnly) {
      Set<RequestRow> rows = EnumSet.noneOf(RequestRow.class);
      for (RequestRow r : values()) {
        if (r.isIn(edition) && (!outcomesOnly || r.isOutcome())) {
          rows.add(r);
        }
      }
      return List.copyOf(rows);
    }
  }
}

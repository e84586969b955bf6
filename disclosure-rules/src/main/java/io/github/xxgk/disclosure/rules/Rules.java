package io.github.xxgk.disclosure.rules;

import static io.github.xxgk.disclosure.rules.Basis.HEURISTIC;
import static io.github.xxgk.disclosure.rules.Basis.OFFICIAL;
import static io.github.xxgk.disclosure.rules.Basis.STRUCTURAL;
import static io.github.xxgk.disclosure.rules.Blanks.BLANK_PART_IS_ZERO;
import static io.github.xxgk.disclosure.rules.Blanks.BLANK_TOTAL_IS_SUM;
import static io.github.xxgk.disclosure.rules.Blanks.NOT_APPLICABLE;
import static io.github.xxgk.disclosure.rules.Blanks.SKIP_IF_BLANK;
import static io.github.xxgk.disclosure.rules.Severity.ERROR;
import static io.github.xxgk.disclosure.rules.Severity.NOTICE;
import static io.github.xxgk.disclosure.rules.Severity.WARNING;

import io.github.xxgk.disclosure.model.Edition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule catalogue, enumerable at run time. Ids from FORMAT.md §5 keep their names; the checks FORMAT.md names
 * without an id have ids of their own here: {@code E-*} edition, {@code C-*} completeness, {@code P-1}
 * plausibility, {@code A-1} culprit hint, {@code X-0} cross-year precondition, {@code K-*} consolidation.
 */
public final class Rules {
  private static final Set<Edition> BOTH = EnumSet.of(Edition.GOV_2019, Edition.GOV_2021);
  private static final Set<Edition> A = EnumSet.of(Edition.GOV_2019);
  private static final Set<Edition> B = EnumSet.of(Edition.GOV_2021);
  private static final List<Rule> ALL = new ArrayList<>();
  private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

  /** Table 三: new + carried over = total outcomes + carried over to next year, on every column. */
  public static final Rule O_T3_1 = add("O-T3-1", BOTH, Category.ARITHMETIC, ERROR, OFFICIAL, BLANK_PART_IS_ZERO,
      "§5.1", "表三本列勾稽关系：第一项加第二项之和等于第三项加第四项之和",
      "Table 三 column identity: new + carried over = total outcomes + carried over to next year",
      "{column}列：第一项加第二项之和为{reported}，第三项加第四项之和为{computed}（相差{difference}）",
      "column {column}: new + carried over = {reported}, total outcomes + carried over to next year = {computed} "
          + "(difference {difference})");
  /** Table 三: （七）总计 is the sum of the outcome rows, on every column. */
  public static final Rule S_T3_1 = add("S-T3-1", BOTH, Category.ARITHMETIC, ERROR, STRUCTURAL, BLANK_PART_IS_ZERO,
      "§5.1", "表三（七）总计等于各项办理结果之和", "Table 三 （七）总计 is the sum of the outcome rows",
      "{column}列：（七）总计为{reported}，各项办理结果之和为{computed}（相差{difference}）",
      "column {column}: （七）总计 is {reported}, the outcome rows sum to {computed} (difference {difference})");
  /** Table 三: each row's 总计 is the sum of its six applicant columns. */
  public static final Rule S_T3_2 = add("S-T3-2", BOTH, Category.ARITHMETIC, ERROR, STRUCTURAL, BLANK_PART_IS_ZERO,
      "§5.1", "表三每行总计等于六类申请人之和", "Table 三 row 总计 is the sum of the six applicant columns",
      "{row}：总计为{reported}，六类申请人之和为{computed}（相差{difference}）",
      "row {row}: 总计 is {reported}, the six applicant columns sum to {computed} (difference {difference})");
  /** Table 三: counts are not negative. */
  public static final Rule S_T3_3 = nonNegative("S-T3-3", "§5.1", "表三数值为非负整数",
      "Table 三 counts are not negative");
  /**
   * Table 三 (2021): requests closed for unpaid fees imply 信息处理费 notices, reported in section 六 (checked only
   * when the report holds the text of section 六).
   */
  public static final Rule H_T3_3 = add("H-T3-3", B, Category.NARRATIVE, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.1", "有逾期未缴费不再处理的申请时，第六部分说明信息处理费",
      "Requests closed for unpaid fees are explained under 信息处理费 in section 六",
      "{cell}为{reported}，但“六、其他需要报告的事项”未提及信息处理费",
      "{cell} is {reported} but section 六 does not mention 信息处理费");
  /** Table 四: 行政复议 总计 is the sum of its four results. */
  public static final Rule S_T4_1 = sumOfFourResults("S-T4-1", "表四行政复议总计等于四项结果之和",
      "Table 四 行政复议 总计 is the sum of its four results");
  /** Table 四: 未经复议直接起诉 总计 is the sum of its four results. */
  public static final Rule S_T4_2 = sumOfFourResults("S-T4-2", "表四未经复议直接起诉总计等于四项结果之和",
      "Table 四 未经复议直接起诉 总计 is the sum of its four results");
  /** Table 四: 复议后起诉 总计 is the sum of its four results. */
  public static final Rule S_T4_3 = sumOfFourResults("S-T4-3", "表四复议后起诉总计等于四项结果之和",
      "Table 四 复议后起诉 总计 is the sum of its four results");
  /** Table 四: counts are not negative. */
  public static final Rule S_T4_4 = nonNegative("S-T4-4", "§5.2", "表四数值为非负整数",
      "Table 四 counts are not negative");
  /** Table 二: counts and amounts are not negative (本年增/减 excepted). */
  public static final Rule S_T2_1 = nonNegative("S-T2-1", "§5.3", "表二数量和金额非负（本年增/减除外）",
      "Table 二 counts and amounts are not negative (本年增/减 excepted)");
  /** Table 二 (2021): issued ≤ in force + repealed. */
  public static final Rule H_T2_1 = add("H-T2-1", B, Category.PLAUSIBILITY, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.3", "本年制发件数不大于现行有效件数与本年废止件数之和", "Issued ≤ in force + repealed",
      "{row}：本年制发件数{reported}大于现行有效件数与本年废止件数之和{computed}",
      "{row}: issued {reported} exceeds in force + repealed {computed}");
  /** Table 二 (2019): newly published usually equals newly made. */
  public static final Rule H_T2_2 = add("H-T2-2", A, Category.PLAUSIBILITY, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.3", "本年新公开数量通常等于本年新制作数量", "Newly published usually equals newly made",
      "{row}：本年新公开数量{reported}不等于本年新制作数量{computed}",
      "{row}: newly published {reported} differs from newly made {computed}");
  /** Table 二: bodies without rule-making power report no 规章. */
  public static final Rule H_T2_3 = add("H-T2-3", BOTH, Category.PLAUSIBILITY, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.3", "无规章制定权的机关规章数应为0", "Bodies without rule-making power report no 规章",
      "{cell}：{level}无规章制定权，却填报{reported}", "{cell}: a {level} cannot make 规章 but reports {reported}");
  /** Table 二 (2021): 本年收费金额 is in 万元; many decimals, 元 or a huge township amount suggest a unit slip. */
  public static final Rule H_T2_4 = add("H-T2-4", B, Category.PLAUSIBILITY, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.3", "本年收费金额以万元填报，疑似单位错误", "本年收费金额 is in 万元: suspected unit slip",
      "{cell}：{amount}{unit}疑似单位错误（{reason_zh}）", "{cell}: {amount} {unit} suggests a unit slip ({reason_en})");
  /** Table 二 (2019): 采购总金额 printed without a unit. */
  public static final Rule P_1 = add("P-1", A, Category.PLAUSIBILITY, NOTICE, HEURISTIC, SKIP_IF_BLANK,
      "§6.3", "采购总金额未注明单位", "采购总金额 printed without a unit",
      "{cell}：{amount}未注明单位，按{unit}计", "{cell}: {amount} has no unit, read as {unit}");
  /** Narrative vs table 三. */
  public static final Rule H_T3_4 = narrative("H-T3-4", "§5.1", "三", "正文所述申请数量与表三一致",
      "Request numbers stated in the text match table 三");
  /** Narrative vs table 四. */
  public static final Rule H_T4_1 = narrative("H-T4-1", "§5.2", "四", "正文所述复议、诉讼数量与表四一致",
      "Review and litigation numbers stated in the text match table 四");
  /** Edition of the tables vs the report year. */
  public static final Rule E_1 = add("E-1", BOTH, Category.EDITION, WARNING, OFFICIAL, NOT_APPLICABLE,
      "§4.2", "表格格式与报告年度相符", "The table edition fits the report year",
      "表{table}使用{edition}格式，{year}年度报告应使用{expected}格式",
      "table {table} is in the {edition} edition, a {year} report uses {expected}");
  /** Edition of the tables vs the cited notice. */
  public static final Rule E_2 = add("E-2", BOTH, Category.EDITION, WARNING, OFFICIAL, NOT_APPLICABLE,
      "§4.2", "表格格式与所引通知相符", "The table edition fits the cited notice",
      "报告称依据“{cited}”，表{table}却使用{edition}格式",
      "the report cites \"{cited}\" but table {table} is in the {edition} edition");
  /** Tables of both editions in one report. */
  public static final Rule E_3 = add("E-3", BOTH, Category.EDITION, WARNING, OFFICIAL, NOT_APPLICABLE,
      "§4.2", "各表使用同一版格式", "All tables are in one edition",
      "表二使用{proactive}格式，表三使用{requests}格式", "table 二 is in the {proactive} edition, table 三 in {requests}");
  /** A table is missing. */
  public static final Rule C_1 = add("C-1", BOTH, Category.COMPLETENESS, WARNING, OFFICIAL, NOT_APPLICABLE,
      "§5.6", "报告包含表二、表三、表四", "The report holds tables 二, 三 and 四",
      "缺少表{table}（{title}）", "table {table} ({title}) is missing");
  /** A table is printed with every cell blank. */
  public static final Rule C_2 = add("C-2", BOTH, Category.COMPLETENESS, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§5.6", "表格不全为空白", "A table is not entirely blank",
      "表{table}的{count}个单元格全部空白", "all {count} cells of table {table} are blank");
  /** A row not in the official format. */
  public static final Rule C_3 = add("C-3", BOTH, Category.STRUCTURE, NOTICE, STRUCTURAL, NOT_APPLICABLE,
      "§5.1", "表格只含官方格式的行", "Tables hold only the official rows",
      "表{table}有官方格式以外的行“{quote}”", "table {table} has a row not in the official format: \"{quote}\"");
  /** A blank 总计 whose parts are not all 0. */
  public static final Rule C_4 = add("C-4", BOTH, Category.COMPLETENESS, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§6.2", "总计不漏填", "No total is omitted",
      "{cell}：总计空白，但其分项之和为{computed}（总计漏填）",
      "{cell}: the total is blank but its parts sum to {computed} (total omitted)");
  /** A cell whose text could not be read as one number. */
  public static final Rule C_5 = add("C-5", BOTH, Category.COMPLETENESS, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§6.2", "单元格内容可识别为数值", "Every cell reads as one number",
      "{cell}：“{quote}”无法识别为一个数值，相关核对未进行",
      "{cell}: \"{quote}\" is not one number; the checks needing it were not made");
  /** Counts so large that an identity over them overflows 64-bit arithmetic. */
  public static final Rule C_6 = add("C-6", BOTH, Category.COMPLETENESS, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§5.1", "数值在可核对范围内", "Counts are small enough to check",
      "{rule}涉及的数值过大（如{largest}为{reported}），未核对", "{rule}: the counts are too large to check "
          + "(e.g. {largest} is {reported})");
  /** The single cell whose correction satisfies every failing identity. */
  public static final Rule A_1 = add("A-1", BOTH, Category.ARITHMETIC, NOTICE, STRUCTURAL, BLANK_PART_IS_ZERO,
      "§5.1", "可能出错的单元格", "Likely culprit cell",
      "{cell}由{reported}改为{computed}即可消除全部{count}处不一致（{rules}）",
      "changing {cell} from {reported} to {computed} resolves all {count} failing identities ({rules})");
  /** Cross-year checks need two consecutive reports of one body. */
  public static final Rule X_0 = add("X-0", BOTH, Category.CROSS_YEAR, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§5.4", "跨年度核对的两份报告属同一机关相邻年度", "Cross-year reports are consecutive years of one body",
      "上年报告为{lastBody}{lastYear}年，本年报告为{thisBody}{thisYear}年，未作跨年度核对",
      "last year's report is {lastBody} {lastYear}, this year's is {thisBody} {thisYear}: no cross-year check made");
  /** This year's 上年结转 equals last year's 结转下年度继续办理, on every column. */
  public static final Rule X_1 = add("X-1", BOTH, Category.CROSS_YEAR, WARNING, STRUCTURAL, BLANK_PART_IS_ZERO,
      "§5.4", "本年上年结转等于上年结转下年度", "Carried over from last year equals last year's carried over to next",
      "{column}列：本年上年结转{reported}，上年结转下年度{computed}（相差{difference}）",
      "column {column}: carried over {reported}, last year carried {computed} to this year "
          + "(difference {difference})");
  /** 2019→2020: items of the previous year = last year's items + last year's change. */
  public static final Rule X_2 = add("X-2", A, Category.CROSS_YEAR, WARNING, STRUCTURAL, SKIP_IF_BLANK,
      "§5.4", "上一年项目数量等于上年的上一年项目数量加本年增/减",
      "Items of the previous year = last year's items + last year's change",
      "{row}：上一年项目数量{reported}，上年报告推算为{computed}（相差{difference}）",
      "{row}: items of the previous year {reported}, last year's report gives {computed} (difference {difference})");
  /** 2021 on: in force = last year's in force + issued − repealed. */
  public static final Rule X_3 = add("X-3", B, Category.CROSS_YEAR, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.4", "现行有效件数等于上年现行有效件数加本年制发减本年废止",
      "In force = last year's in force + issued − repealed",
      "{row}：现行有效件数{reported}，上年现行有效件数加本年制发减本年废止为{computed}（相差{difference}）",
      "{row}: in force {reported}, last year's in force + issued − repealed = {computed} (difference {difference})");
  /** 2019→2020: 对外公开总数量 does not decrease. */
  public static final Rule X_4 = add("X-4", A, Category.CROSS_YEAR, WARNING, HEURISTIC, SKIP_IF_BLANK,
      "§5.4", "对外公开总数量不少于上年", "Total published does not decrease",
      "{row}：对外公开总数量{reported}少于上年的{computed}",
      "{row}: total published {reported} is below last year's {computed}");
  /** A consolidated cell differs from the sum of the subordinate units. */
  public static final Rule K_1 = add("K-1", BOTH, Category.CONSOLIDATION, ERROR, STRUCTURAL, BLANK_PART_IS_ZERO,
      "§5", "汇总报告等于下级单位之和", "The consolidated report is the sum of its units",
      "{cell}：汇总报告为{reported}，下级单位合计{computed}（相差{difference}；{contributions}）",
      "{cell}: the consolidated report has {reported}, the units sum to {computed} "
          + "(difference {difference}; {contributions})");
  /** The consolidated report cannot be compared with the units: another year or edition. */
  public static final Rule K_2 = add("K-2", BOTH, Category.CONSOLIDATION, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§5", "汇总报告与下级单位年度、格式相同", "The consolidated report has the units' year and edition",
      "汇总报告为{published}，下级单位为{units}，未作比较",
      "the consolidated report is {published}, the units are {units}: not compared");
  /** The consolidated report lacks a table the units have. */
  public static final Rule K_3 = add("K-3", BOTH, Category.CONSOLIDATION, WARNING, STRUCTURAL, NOT_APPLICABLE,
      "§5", "汇总报告包含下级单位填报的表", "The consolidated report holds every table its units hold",
      "汇总报告缺少表{table}，下级单位填报了该表", "the consolidated report lacks table {table}, which its units hold");

  private Rules() {}

  private static Rule add(String id, Set<Edition> editions, Category category, Severity severity, Basis basis,
      Blanks blanks, String section, String titleZh, String titleEn, String templateZh, String templateEn) {
    Rule rule = new Rule(ALL.size(), id, editions, category, severity, basis, blanks, section, titleZh, titleEn,
        templateZh, templateEn);
    ALL.add(rule);
    BY_ID.put(id, rule);
    return rule;
  }

  private static Rule nonNegative(String id, String section, String titleZh, String titleEn) {
    return add(id, BOTH, Category.ARITHMETIC, ERROR, STRUCTURAL, SKIP_IF_BLANK, section, titleZh, titleEn,
        "{cell}：{reported}为负数", "{cell}: {reported} is negative");
  }

  private static Rule sumOfFourResults(String id, String titleZh, String titleEn) {
    return add(id, BOTH, Category.ARITHMETIC, ERROR, STRUCTURAL, BLANK_PART_IS_ZERO, "§5.2", titleZh, titleEn,
        "{row}：总计为{reported}，四项结果之和为{computed}（相差{difference}）",
        "{row}: 总计 is {reported}, the four results sum to {computed} (difference {difference})");
  }

  private static Rule narrative(String id, String section, String table, String titleZh, String titleEn) {
    return add(id, BOTH, Category.NARRATIVE, WARNING, HEURISTIC, BLANK_TOTAL_IS_SUM, section, titleZh, titleEn,
        "{section}第{offset}字“{quote}”称{reported}件，表" + table + "{target}为{computed}",
        "{section} at offset {offset}: \"{quote}\" states {reported}, table " + table + " {target} holds {computed}");
  }

  /** Returns every rule in catalogue order. */
  public static List<Rule> all() {
    return List.copyOf(ALL);
  }

  /** Returns the rule with the given id. */
  public static Optional<Rule> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** Returns the rule with the given id, or throws for an unknown id. */
  public static Rule get(String id) {
    Rule rule = BY_ID.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("unknown rule: " + id);
    }
    return rule;
  }

  static int count() {
    return ALL.size();
  }
}

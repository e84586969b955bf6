package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Edition;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Generates the files derived from the rule catalogue: {@code docs/RULES.md} and the
 * {@code ContributorValidationMessages} bundles of the Jakarta Validation integration.
 */
final class RulesDocument {
  static final String KEY_PREFIX = "io.github.xxgk.disclosure.rules.";
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private RulesDocument() {}

  /** Returns every generated file by its path from the repository root. */
  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("docs/RULES.md", markdown());
    String resources = "disclosure-rules/src/main/resources/";
    files.put(resources + "ContributorValidationMessages.properties", bundle(EN));
    files.put(resources + "ContributorValidationMessages_en.properties", bundle(EN));
    files.put(resources + "ContributorValidationMessages_zh_CN.properties", bundle(ZH));
    return files;
  }

  static String markdown() {
    StringBuilder s = new StringBuilder();
    s.append("# 规则目录 / Rule catalogue\n\n")
        .append("<!-- Generated from io.github.xxgk.disclosure.rules.Rules by RulesDocument (test sources). ")
        .append("Do not edit: run the build with -Ddisclosure.regenerate=true. -->\n\n")
        .append("每条规则有固定编号，编号永不复用。FORMAT.md §5 中已有编号的规则沿用原编号；其余检查使用本库编号：")
        .append("E-* 格式版本，C-* 完整性，P-1 合理性，A-1 可能出错的单元格，X-0 跨年度核对前提，K-* 汇总核对。\n\n")
        .append("Every rule has a stable id that is never reused. Rules with an id in FORMAT.md §5 keep it; the other ")
        .append("checks have ids of this library: E-* edition, C-* completeness, P-1 plausibility, A-1 likely culprit ")
        .append("cell, X-0 cross-year precondition, K-* consolidation.\n\n")
        .append("严重程度可用配置文件调整（每行 `规则编号=off|ERROR|WARNING|NOTICE`，如 `H-T2-1=off`）。")
        .append("A severity profile changes a rule without a code change: one `RULE-ID=off|ERROR|WARNING|NOTICE` ")
        .append("per line, e.g. `H-T2-1=off` or `S-T4-1=WARNING`.\n\n")
        .append("| 编号 id | 规则 | Rule | 版本 editions | 类别 category | 默认严重程度 severity | 依据 basis | FORMAT.md |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (Rule rule : Rules.all()) {
      s.append("| ").append(rule.getId()).append(" | ").append(rule.getTitle(ZH)).append(" | ")
          .append(rule.getTitle(EN)).append(" | ").append(editions(rule)).append(" | ")
          .append(rule.getCategory()).append(" | ").append(rule.getDefaultSeverity()).append(" | ")
          .append(rule.getBasis()).append(" | ").append(rule.getSection()).append(" |\n");
    }
    s.append("\n## 空白与零 / Blank vs zero\n\n")
        .append("| 编号 id | 空白单元格 | Blank cells |\n|---|---|---|\n");
    for (Rule rule : Rules.all()) {
      s.append("| ").append(rule.getId()).append(" | ").append(rule.getBlanks().getDescription(ZH)).append(" | ")
          .append(rule.getBlanks().getDescription(EN)).append(" |\n");
    }
    s.append("\n## 提示语模板 / Message templates\n\n")
        .append("| 编号 id | 中文 | English |\n|---|---|---|\n");
    for (Rule rule : Rules.all()) {
      s.append("| ").append(rule.getId()).append(" | ").append(cell(rule.getTemplate(ZH))).append(" | ")
          .append(cell(rule.getTemplate(EN))).append(" |\n");
    }
    return s.toString();
  }

  private static String cell(String text) {
    return "`" + text.replace("|", "\\|") + "`";
  }

  private static String editions(Rule rule) {
    StringBuilder s = new StringBuilder();
    for (Edition e : rule.getEditions()) {
      s.append(s.length() == 0 ? "" : ", ").append(e.name());
    }
    return s.toString();
  }

  static String bundle(Locale locale) {
    StringBuilder s = new StringBuilder();
    s.append("# Generated from the rule catalogue by RulesDocument (test sources); run the build with ")
        .append("-Ddisclosure.regenerate=true.\n");
    s.append(KEY_PREFIX).append("ConsistentReport.message=")
        .append(escape(Rule.isChinese(locale) ? "报告数据不一致" : "the report is inconsistent")).append('\n');
    for (Rule rule : Rules.all()) {
      s.append(KEY_PREFIX).append(rule.getId()).append('=').append(escape(rule.getTemplate(locale))).append('\n');
    }
    return s.toString();
  }

  private static String escape(String value) {
    StringBuilder s = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '\\') {
        s.append("\\\\");
      } else if (c > 0x7e) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}

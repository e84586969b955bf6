package io.github.xxgk.disclosure.rules;

/** How a rule treats cells printed blank. */
public enum Blanks {
  /**
   * A blank breakdown cell counts as 0; a blank total whose parts are not all 0 is "total omitted" (C-4) and the
   * identity is not assessed; an unresolved cell (C-5) stops the identity from being assessed.
   */
  BLANK_PART_IS_ZERO("空白的分项按0计；总计空白而分项之和不为0时报“总计漏填”（C-4），不核对该等式；无法识别的单元格（C-5）使相关等式不核对",
      "a blank part counts as 0; a blank total with non-zero parts is \"total omitted\" (C-4) and the identity is "
          + "not assessed; an unresolved cell (C-5) stops the identity from being assessed"),
  /** A blank 总计 stands for the sum of its row's parts (blank parts count 0); unresolved cells stop the check. */
  BLANK_TOTAL_IS_SUM("空白的总计按其所在行各分项之和计（空白分项按0计）；涉及无法识别的单元格时不核对",
      "a blank 总计 stands for the sum of its row's parts (blank parts count 0); not assessed through an "
          + "unresolved cell"),
  /** The rule is not assessed when a cell it needs is blank or unresolved. */
  SKIP_IF_BLANK("所涉单元格空白或无法识别时不核对", "not assessed when a cell it needs is blank or unresolved"),
  /** The rule is about blank cells or does not read cell values. */
  NOT_APPLICABLE("不涉及", "not applicable");

  private final String zh;
  private final String en;

  Blanks(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** Returns the description in Chinese or, for any other language, in English. */
  public String getDescription(java.util.Locale locale) {
    return Rule.isChinese(locale) ? zh : en;
  }
}

package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static String row(String printed) {
    return Labels.match(Labels.key(printed)).map(m -> m.entry + (m.exact ? "" : " ~")).orElse("none");
  }

  @Test
  void foldsPunctuationWidthAndLineBreaks() {
    assertEquals("t3.partially_granted", row("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"));
    assertEquals("t3.partially_granted", row("（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）"));
    assertEquals("t3.withheld_three_securities_one_stability", row("3.危及\"三安全一稳定\""));
    assertEquals("t3.not_processed_confirm_or_reissue", row("5. 要求行政机关确认或重新出具已获取信息"));
  }

  @Test
  void readsTraditionalCharactersAndTotalVariants() {
    assertEquals("t2.normative_documents", row("規範性檔案"));
    assertEquals("t3.outcomes_total", row("（七）總計"));
    assertEquals("t3.outcomes_total", row("七、合计"));
    assertEquals("t3.carried_over_to_next", row("四、結轉下年度繼續辦理".replace("繼續", "继续")));
    assertEquals("t3.carried_over_to_next", row("四、结转下一年度继续办理"));
  }

  @Test
  void dropsAnnotationsAndGroupLabels() {
    assertEquals("t2.regulations", row("规章（设区的市、自治州人民政府应提供相关数据）"));
    assertEquals("t3.withheld_state_secret", row("三、本年度办理结果（三）不予公开1.属于国家秘密"));
    assertEquals("t3.other_other", row("（六）其他处理3.其他"));
  }

  @Test
  void readsTruncatedAndMisspelledLabelsAsInexact() {
    assertEquals("t3.withheld_state_secret ~", row("1.属于国家"));
    assertEquals("t3.withheld_prohibited_by_law ~", row("2.其他法律行政止公开"));
    assertEquals("t3.withheld_enforcement_case_file ~", row("7.属于行政执法案件"));
  }

  @Test
  void matchesNoHeaderOrProse() {
    for (String header : List.of("信息内容", "申请人情况", "第二十条第（五）项", "本年新", "行政复议")) {
      assertEquals("none", row(header), header);
    }
    assertTrue(Labels.key("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").isEmpty());
  }
}

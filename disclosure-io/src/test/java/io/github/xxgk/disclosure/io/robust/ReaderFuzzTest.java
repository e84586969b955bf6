package io.github.xxgk.disclosure.io.robust;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every reader: each input reads (with diagnostics) or fails with a
 * {@code ReportReadException} naming a position, within the bounds of {@link BoundedRead}.
 *
 * <p>Without {@code JAZZER_FUZZ} these replay the committed inputs under
 * {@code src/test/resources/io/github/xxgk/disclosure/io/robust/ReaderFuzzTestInputs/<method>/}; see
 * {@code docs/ROBUSTNESS.md} for fuzzing runs.
 */
class ReaderFuzzTest {
  // Jazzer writes the dictionary entries one per line into a libFuzzer dictionary: no entry may hold a line break.
  /** How long one fuzzing run lasts with {@code JAZZER_FUZZ=1} (the regression run ignores it). */
  static final String DURATION = "30m";

  @FuzzTest(maxDuration = DURATION)
  @DictionaryEntries({"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td rowspan=\"2\">",
      "<td colspan=\"3\">", "<meta charset=\"gbk\">", "<meta charset=\"utf-8\">", "&nbsp;", "<p>", "<div>",
      "一、总体情况", "本年新收政府信息公开申请数量", "总计", "行政复议", "自然人", "规章", "万元", "-", "无"})
  void html(byte[] input) {
    Readers.HTML.readFuzzed(input);
  }

  @FuzzTest(maxDuration = DURATION)
  @DictionaryEntries({"|", "| --- |", "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "总计", "合计", "行政复议",
      "行政诉讼", "自然人", "商业企业", "规章", "规范性文件", "万元", "亿元", "-", "无", "/", "８０"})
  void text(byte[] input) {
    Readers.TEXT.readFuzzed(input);
  }

  @FuzzTest(maxDuration = DURATION)
  @DictionaryEntries({"\"edition\"", "\"GOV_2019\"", "\"GOV_2021\"", "\"MIXED\"", "\"year\"", "\"body\"",
      "\"tables\"", "\"t2\"", "\"t3\"", "\"t4\"", "\"states\"", "\"printed\"", "\"sections\"", "\"BLANK\"",
      "\"UNRESOLVED\"", "\"amount\"", "\"unit\"", "\"natural_person\"", "\"total\"", "\"new_received\"",
      "\"extra_rows\"", "2021", "-1", "1e999", "9223372036854775808"})
  void json(byte[] input) {
    Readers.JSON.readFuzzed(input);
  }

  @FuzzTest(maxDuration = DURATION)
  @DictionaryEntries({"address,", "t3.granted.total", "t3.new_received.natural_person", "t4.review.total",
      "t2.art20_1.regulations.issued", "GOV_2019", "GOV_2021", "BLANK", "UNRESOLVED", "'=", "万元",
      "9223372036854775808"})
  void csv(byte[] input) {
    Readers.CSV.readFuzzed(input);
  }

  @FuzzTest(maxDuration = DURATION)
  @DictionaryEntries({"%PDF-1.7", "obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref",
      "/Type /Page", "/Pages", "/Kids", "/Count", "/Contents", "/Length", "/Filter /FlateDecode", "BT", "ET", "Tj",
      "TJ", "Td", "Tf", "re", "/Encrypt", "%%EOF"})
  void pdf(byte[] input) {
    Readers.PDF.readFuzzed(input);
  }
}

package io.github.xxgk.disclosure.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {
  static Path corpus(String name) {
    return Path.of(System.getProperty("disclosure.corpus"), "reports", name);
  }

  private static final Map<String, List<PdfBlock>> LAYOUTS = new ConcurrentHashMap<>();

  /** The layout of a corpus PDF, read once for all tests of the class. */
  static List<PdfBlock> layout(String name) throws IOException {
    List<PdfBlock> cached = LAYOUTS.get(name);
    if (cached == null) {
      try (InputStream in = Files.newInputStream(corpus(name))) {
        cached = PdfLayout.of(PdfSource.read(in, name, PdfLimits.DEFAULT).pages());
      }
      LAYOUTS.put(name, cached);
    }
    return cached;
  }

  private static List<PdfTable> tables(List<PdfBlock> blocks) {
    return blocks.stream().filter(PdfTable.class::isInstance).map(PdfTable.class::cast).toList();
  }

  private static String row(PdfTable t, int r) {
    return t.row(r).stream().map(PdfCell::text).collect(Collectors.joining("|"));
  }

  @Test
  void readsTableFourFifteenNumbersFromOneRowOfCells() throws IOException {
    List<PdfTable> tables = tables(layout("emixed-2023-huaian-hongze.pdf"));
    assertEquals(3, tables.size());
    PdfTable four = tables.get(2);
    assertEquals("10|1|0|0|0|0|0|0|0|0|5|0|0|0|0", row(four, 3));
    assertEquals("结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计",
        row(four, 2));
  }

  @Test
  void joinsTableThreeOverThePageBreakWithItsVerticalLabelWhole() throws IOException {
    PdfTable three = tables(layout("emixed-2023-huaian-hongze.pdf")).get(1);
    assertEquals(26, three.rowCount());
    assertEquals("三、本年度办理结果|（四）无法提供|3.补正后申请内容仍不明确|0|0|0|0|0|0|0", row(three, 17));
    assertEquals("三、本年度办理结果|（四）无法提供|2.没有现成信息需要另行制作|3|0|0|0|0|0|3", row(three, 16));
    assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计",
        row(three, 2));
  }

  @Test
  void joinsALabelCutByThePageBreak() throws IOException {
    PdfTable three = tables(layout("e2021-2024-huaian.pdf")).get(1);
    assertEquals("三、本年度办理结果|（四）无法提供|2.没有现成信息需要另行制作|11|0|0|0|0|0|11", row(three, 16));
    assertEquals("三、本年度办理结果|（六）其他处理|3、其他|108|2|0|0|0|0|110", row(three, 25));
  }

  @Test
  void dropsPageNumbersAndKeepsRunningText() throws IOException {
    List<String> lines = layout("emixed-2023-huaian-hongze.pdf").stream().filter(PdfLine.class::isInstance)
        .map(b -> ((PdfLine) b).text()).toList();
    assertTrue(lines.stream().noneMatch(l -> l.matches("[-\\s]*\\d+[-\\s]*")), lines::toString);
    assertEquals("洪泽区人民政府", lines.get(0));
    assertEquals("法》，全年收取政府信息公开信息处理费0元。", lines.get(lines.size() - 1));
  }
}

package io.github.xxgk.disclosure.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
  private static final Path ROOT = Path.of(System.getProperty("disclosure.root", "../"));

  @Test
  void printsWhatTheReadmeShows() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReadmeExample.run(ROOT.resolve("corpus/reports/e2019-2020-pingtan.page.html"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(List.of(
        "一、本年新收政府信息公开申请数量 × 自然人 = 20 (printed 20)",
        "S-T3-1 自然人列：（七）总计为20，各项办理结果之和为26（相差-6）",
        "S-T3-1 总计列：（七）总计为21，各项办理结果之和为27（相差-6）"), lines.subList(0, 3));
    assertTrue(lines.get(3).endsWith(" characters of canonical JSON"), lines.get(3));
    assertEquals(4, lines.size());
  }

  @Test
  void readmeQuotesTheExampleOutput() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertTrue(readme.contains("// 一、本年新收政府信息公开申请数量 × 自然人 = 20 (printed 20)"));
    assertTrue(readme.contains("// S-T3-1 自然人列：（七）总计为20，各项办理结果之和为26（相差-6）"));
    assertTrue(readme.contains("// S-T3-1 总计列：（七）总计为21，各项办理结果之和为27（相差-6）"));
  }
}

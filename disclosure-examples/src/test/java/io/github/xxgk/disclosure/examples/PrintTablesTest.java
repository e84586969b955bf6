package io.github.xxgk.disclosure.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintTablesTest {
  @Test
  void printsTheThreeTablesOfTheBundledXuanhuaReport() throws IOException {
    Path json = Path.of(System.getProperty("disclosure.root", "../"), "examples", "zhangjiakou-xuanhua-2019.json");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintTables.print(ReportJson.read(Files.readAllBytes(json), "xuanhua"), new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals("张家口市宣化区人民政府 2019年 (GOV_2019)", lines.get(0));
    assertEquals("  行政许可 | 上一年项目数量 207 | 本年增/减 -6 | 处理决定数量 16200", lines.get(7));
    assertEquals("  政府集中采购 | 采购项目数量 251 | 采购总金额 4.08亿元", lines.get(15));
    assertEquals("一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3", lines.get(19));
    assertEquals("行政复议 | 1 | 0 | 0 | 0 | 1", lines.get(lines.size() - 3));
    assertEquals(48, lines.size());
  }
}

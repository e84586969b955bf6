package io.github.xxgk.disclosure.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.TestReports;
import io.github.xxgk.disclosure.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {
  private static final String HEADER =
      "record,address,table,row_label,column_label,value,printed,state,unit,amount,unit_assumed,edition,year,body";

  @Test
  void writesHeaderReportAndCatalogRecordsFirst() {
    List<String> lines = lines(CsvReportWriter.of().toCsv(TestReports.mixed()));
    assertEquals(HEADER, lines.get(0));
    assertEquals("report,,,,,,,,,,,MIXED,2021,某县人民政府", lines.get(1));
    assertEquals("meta,catalog.t2,,,,GOV_2021,,,,,,MIXED,2021,某县人民政府", lines.get(2));
    assertEquals("meta,catalog.t3,,,,GOV_2019,,,,,,MIXED,2021,某县人民政府", lines.get(3));
  }

  @Test
  void writesOneRowPerDataCellOfEachTableInCatalogOrder() {
    List<String> lines = lines(CsvReportWriter.of().toCsv(TestReports.mixed()));
    // 2021 table 二: 10 cells, 2019 table 三: 161, table 四: 15
    assertEquals(10 + 161 + 15, lines.stream().filter(l -> l.startsWith("cell,")).count());
    assertTrue(lines.contains("cell,t2.art20_8.administrative_fees.fee_amount,二,第二十条第（八）项 › 行政事业性收费,"
        + "本年收费金额（单位：万元）,15000.00,,value,万元,1.50,false,MIXED,2021,某县人民政府"), String.join("\n", lines));
    assertTrue(lines.contains("cell,t3.other_handling.natural_person,三,三、本年度办理结果 › （六）其他处理,自然人,4,,value,"
        + ",,,MIXED,2021,某县人民政府"));
    assertTrue(lines.contains("cell,t3.new_received.total,三,一、本年新收政府信息公开申请数量,总计,,七,unresolved,,,,MIXED,"
        + "2021,某县人民政府"));
    assertTrue(lines.contains("cell,t4.litigation_direct.pending,四,行政诉讼 › 未经复议直接起诉,尚未审结,0,,value,,,,MIXED,"
        + "2021,某县人民政府"));
  }

  @Test
  void writesBlankCellsEmptyAndKeepsEmptyPrintedTextQuoted() {
    List<String> lines = lines(CsvReportWriter.of().toCsv(TestReports.full2021()));
    String tail = ",2022,\"平潭综合实验区<b>金井</b>片区管理局 & \"\"测试\"\"\"";
    assertTrue(lines.contains("cell,t3.new_received.social_welfare_org,三,一、本年新收政府信息公开申请数量,法人或其他组织 › 社会公益组织,"
        + ",,blank,,,,GOV_2021" + tail), String.join("\n", lines));
    assertTrue(lines.contains("cell,t3.new_received.research_institution,三,一、本年新收政府信息公开申请数量,"
        + "法人或其他组织 › 科研机构,,&nbsp;,blank,,,,GOV_2021" + tail));
    assertTrue(lines.contains("cell,t4.review.pending,四,行政复议,尚未审结,,\"\",blank,,,,GOV_2021" + tail));
  }

  @Test
  void neutralisesFormulasButNotPlainNumbers() {
    String csv = CsvReportWriter.of().toCsv(TestReports.full2021());
    assertTrue(csv.contains(",,'=cmd|' /C calc'!A0,unresolved,"), csv);
    assertTrue(csv.contains(",3,'+3,value,"));
    assertTrue(csv.contains(",0,'@0,value,"));
    assertTrue(csv.contains("meta,index_number,,,,'-ZF001-2023-00012,"));
    assertTrue(csv.contains("meta,issuer,,,,'@金井片区,"));
    String negative = CsvReportWriter.of().toCsv(TestReports.procurement2019());
    assertTrue(negative.contains(",本年增/减,-6,-6,value,"), negative);
  }

  @Test
  void writesMoneyInYuanWithAmountAndUnitAsPrinted() {
    String csv = CsvReportWriter.of().toCsv(TestReports.procurement2019());
    assertTrue(csv.contains("cell,t2.art20_9.government_centralized_procurement.procurement_amount,二,"
        + "第二十条第（九）项 › 政府集中采购,采购总金额,408000000.00,4.08亿元,value,亿元,4.08,false,GOV_2019,2019,上海市人民政府办公厅\r\n"),
        csv);
  }

  @Test
  void writesSectionsAndExtraRows() {
    String csv = CsvReportWriter.of().toCsv(TestReports.full2021());
    assertTrue(csv.contains("section,overview,,一、总体情况,,\"一、总体情况正文，第一段。\n第二段 <script>"), csv);
    assertTrue(csv.contains("extra,t2.art20_6,二,行政检查 <x>,,t2.art20_6.administrative_coercion,"
        + "\"[\"\"5\"\",\"\"-2\"\",\"\"=SUM(A1)\"\"]\",,,,,GOV_2021,2022,"), csv);
    assertTrue(csv.contains("extra,t4,四,备注,,,\"[\"\"无\"\"]\",,,,,GOV_2021,"), csv);
  }

  @Test
  void writesCrLfAndBomOnRequest() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvReportWriter.of().withBom(true).write(TestReports.noTables(), out);
    byte[] bytes = out.toByteArray();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    String text = new String(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
    assertEquals(HEADER + "\r\n"
        + "report,,,,,,,,,,,GOV_2021,2023,某街道办事处\r\n"
        + "meta,catalog.t2,,,,GOV_2021,,,,,,GOV_2021,2023,某街道办事处\r\n"
        + "meta,catalog.t3,,,,GOV_2021,,,,,,GOV_2021,2023,某街道办事处\r\n"
        + "meta,title,,,,\"\",,,,,,GOV_2021,2023,某街道办事处\r\n", text);
    assertEquals(text, CsvReportWriter.of().toCsv(TestReports.noTables()));
  }

  private static List<String> lines(String csv) {
    return Arrays.asList(csv.split("\r\n"));
  }
}

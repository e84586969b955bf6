package io.github.xxgk.disclosure.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-written examples under {@code examples/} read to the values published in the reports. */
class ExamplesTest {
  static final Path EXAMPLES = Path.of(System.getProperty("disclosure.root", "../"), "examples");
  static final String XUANHUA = "zhangjiakou-xuanhua-2019.json";
  static final String PINGTAN = "pingtan-2021.json";

  static Report read(String name) throws IOException {
    return ReportJson.read(Files.readAllBytes(EXAMPLES.resolve(name)), name);
  }

  @Test
  void readsXuanhuaMetadataAndSections() throws IOException {
    Report report = read(XUANHUA);
    assertEquals(Edition.GOV_2019, report.getEdition());
    assertEquals(2019, report.getYear());
    assertEquals("张家口市宣化区人民政府", report.getBody());
    assertEquals(Optional.of(BodyLevel.COUNTY), report.getLevel());
    assertEquals(Optional.of("张家口市宣化区政府信息公开工作年度报告(2019年)"), report.getTitle());
    assertEquals(Optional.of(LocalDate.of(2020, 2, 19)), report.getPublishDate());
    assertEquals(Optional.of("zfb/1583997006845"), report.getIndexNumber());
    assertEquals(Optional.empty(), report.getDocumentNumber());
    assertEquals(Optional.of("政府办公室"), report.getIssuer());
    assertEquals("无。", report.getSections().get(Section.OTHER_MATTERS));
    assertTrue(report.getSections().get(Section.OVERVIEW).startsWith("根据2019年市政府信息公开工作精神"));
    assertTrue(report.getSections().get(Section.PROACTIVE_DISCLOSURE).contains("发布各类政府信息7406条"));
    assertTrue(report.getSections().get(Section.PROBLEMS_IMPROVEMENTS).endsWith("促进我区政府信息公开工作再上新台阶。"));
    assertFalse(report.getSections().containsKey(Section.REQUESTS));
    assertTrue(report.getStates().isEmpty());
  }

  @Test
  void readsXuanhuaTableTwo() throws IOException {
    Report report = read(XUANHUA);
    Catalog c = report.getCatalog();
    assertEquals(151, report.getCount(c.get("t2.art20_1.normative_documents.newly_made")));
    assertEquals(151, report.getCount(c.get("t2.art20_1.normative_documents.newly_published")));
    assertEquals(151, report.getCount(c.get("t2.art20_1.normative_documents.total_published")));
    assertEquals(207, report.getCount(c.get("t2.art20_5.administrative_licensing.items_prev_year")));
    assertEquals(-6, report.getCount(c.get("t2.art20_5.administrative_licensing.items_change")));
    assertEquals(16200, report.getCount(c.get("t2.art20_5.administrative_licensing.decisions")));
    assertEquals(120, report.getCount(c.get("t2.art20_5.other_external_management_services.items_prev_year")));
    assertEquals(CellValue.of(5).withPrinted("+5"),
        report.get(c.get("t2.art20_5.other_external_management_services.items_change")));
    assertEquals(4512, report.getCount(c.get("t2.art20_5.other_external_management_services.decisions")));
    assertEquals(1595, report.getCount(c.get("t2.art20_6.administrative_penalty.items_prev_year")));
    assertEquals(87, report.getCount(c.get("t2.art20_6.administrative_penalty.decisions")));
    assertEquals(50, report.getCount(c.get("t2.art20_6.administrative_coercion.items_prev_year")));
    assertEquals(19, report.getCount(c.get("t2.art20_6.administrative_coercion.decisions")));
    assertEquals(39, report.getCount(c.get("t2.art20_8.administrative_fees.items_prev_year")));
    assertEquals(CellValue.of(3).withPrinted("+3"), report.get(c.get("t2.art20_8.administrative_fees.items_change")));
    assertEquals(251, report.getCount(c.get("t2.art20_9.government_centralized_procurement.procurement_projects")));
    Money amount = report.get(c.get("t2.art20_9.government_centralized_procurement.procurement_amount"))
        .getMoney().orElseThrow();
    assertEquals(Money.of(new BigDecimal("4.08"), MoneyUnit.YI_YUAN).withPrinted("4.08亿元"), amount);
    assertEquals(0, new BigDecimal("408000000").compareTo(amount.getYuan()));
  }

  @Test
  void readsEveryNonZeroCellOfXuanhuaTablesThreeAndFour() throws IOException {
    Map<String, Long> nonZero = new HashMap<>();
    nonZero.put("t3.new_received.natural_person", 3L);
    nonZero.put("t3.new_received.total", 3L);
    nonZero.put("t3.granted.natural_person", 2L);
    nonZero.put("t3.granted.total", 2L);
    nonZero.put("t3.unable_not_held.natural_person", 1L);
    nonZero.put("t3.unable_not_held.total", 1L);
    nonZero.put("t3.outcomes_total.natural_person", 3L);
    nonZero.put("t3.outcomes_total.total", 3L);
    nonZero.put("t4.review.upheld", 1L);
    nonZero.put("t4.review.total", 1L);
    assertCounts(read(XUANHUA), nonZero);
  }

  @Test
  void readsPingtanMetadataAndTableTwo() throws IOException {
    Report report = read(PINGTAN);
    assertEquals(Edition.GOV_2021, report.getEdition());
    assertEquals(2021, report.getYear());
    assertEquals("平潭综合实验区", report.getBody());
    assertEquals(Optional.of(BodyLevel.PREFECTURE), report.getLevel());
    assertEquals(Optional.of(LocalDate.of(2022, 2, 8)), report.getPublishDate());
    assertEquals(Optional.of("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202202/t20220208_80613.htm"),
        report.getSourceUrl());
    assertEquals("2021年，无收取信息处理费情况。", report.getSections().get(Section.OTHER_MATTERS));
    assertTrue(report.getSections().get(Section.OVERVIEW).contains("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。"));
    Catalog c = report.getCatalog();
    assertEquals(0, report.getCount(c.get("t2.art20_1.regulations.issued")));
    assertEquals(69, report.getCount(c.get("t2.art20_1.normative_documents.issued")));
    assertEquals(3, report.getCount(c.get("t2.art20_1.normative_documents.repealed")));
    assertEquals(665, report.getCount(c.get("t2.art20_1.normative_documents.in_force")));
    assertEquals(2293, report.getCount(c.get("t2.art20_5.administrative_licensing.decisions")));
    assertEquals(1282, report.getCount(c.get("t2.art20_6.administrative_penalty.decisions")));
    assertEquals(42, report.getCount(c.get("t2.art20_6.administrative_coercion.decisions")));
    Money fees = report.get(c.get("t2.art20_8.administrative_fees.fee_amount")).getMoney().orElseThrow();
    assertEquals(Money.ofWanYuan(new BigDecimal("24252.311082")).withPrinted("24252.311082"), fees);
    assertEquals(new BigDecimal("242523110.82"), fees.getYuan().stripTrailingZeros());
  }

  @Test
  void readsEveryNonZeroCellOfPingtanTablesThreeAndFour() throws IOException {
    Map<String, Long> nonZero = new HashMap<>();
    nonZero.put("t3.new_received.natural_person", 64L);
    nonZero.put("t3.new_received.social_welfare_org", 2L);
    nonZero.put("t3.new_received.other_org", 4L);
    nonZero.put("t3.new_received.total", 70L);
    nonZero.put("t3.granted.natural_person", 27L);
    nonZero.put("t3.granted.social_welfare_org", 2L);
    nonZero.put("t3.granted.other_org", 1L);
    nonZero.put("t3.granted.total", 30L);
    nonZero.put("t3.partially_granted.natural_person", 5L);
    nonZero.put("t3.partially_granted.total", 5L);
    nonZero.put("t3.withheld_internal_affairs.natural_person", 1L);
    nonZero.put("t3.withheld_internal_affairs.total", 1L);
    nonZero.put("t3.withheld_enforcement_case_file.natural_person", 6L);
    nonZero.put("t3.withheld_enforcement_case_file.total", 6L);
    nonZero.put("t3.withheld_administrative_inquiry.natural_person", 1L);
    nonZero.put("t3.withheld_administrative_inquiry.total", 1L);
    nonZero.put("t3.unable_not_held.natural_person", 22L);
    nonZero.put("t3.unable_not_held.other_org", 3L);
    nonZero.put("t3.unable_not_held.total", 25L);
    nonZero.put("t3.other_other.natural_person", 1L);
    nonZero.put("t3.other_other.total", 1L);
    nonZero.put("t3.outcomes_total.natural_person", 63L);
    nonZero.put("t3.outcomes_total.social_welfare_org", 2L);
    nonZero.put("t3.outcomes_total.other_org", 4L);
    nonZero.put("t3.outcomes_total.total", 69L);
    nonZero.put("t3.carried_over_to_next.natural_person", 1L);
    nonZero.put("t3.carried_over_to_next.total", 1L);
    nonZero.put("t4.review.upheld", 1L);
    nonZero.put("t4.review.other_result", 2L);
    nonZero.put("t4.review.total", 3L);
    nonZero.put("t4.litigation_direct.upheld", 12L);
    nonZero.put("t4.litigation_direct.total", 12L);
    assertCounts(read(PINGTAN), nonZero);
  }

  @Test
  void writesEachExampleBackByteForByte() throws IOException {
    for (String name : new String[] {XUANHUA, PINGTAN}) {
      String text = Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
      Report report = ReportJson.read(text, name);
      assertEquals(text, ReportJson.writePretty(report), name);
      assertEquals(report, ReportJson.read(ReportJson.write(report), name));
    }
  }

  /** Asserts the given non-zero cells and that every other cell of tables 三 and 四 is a printed 0. */
  private static void assertCounts(Report report, Map<String, Long> nonZero) {
    int checked = 0;
    for (TableId table : new TableId[] {TableId.REQUESTS, TableId.REVIEW_LITIGATION}) {
      for (Cell cell : report.getCatalog().getCells(table)) {
        long expected = nonZero.getOrDefault(cell.getAddress(), 0L);
        assertEquals(CellValue.of(expected), report.get(cell), cell.getAddress());
        checked += nonZero.containsKey(cell.getAddress()) ? 1 : 0;
      }
    }
    assertEquals(nonZero.size(), checked, "every listed cell is in the catalog");
  }
}

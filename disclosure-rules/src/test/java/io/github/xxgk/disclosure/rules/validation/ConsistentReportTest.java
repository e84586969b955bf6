package io.github.xxgk.disclosure.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConsistentReportTest {
  private static Report wrongTotal() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2019));
    sheet.put("t3.new_received.natural_person", CellValue.of(3)).put("t3.new_received.total", CellValue.of(3))
        .put("t3.granted.natural_person", CellValue.of(3)).put("t3.granted.total", CellValue.of(5))
        .put("t3.outcomes_total.natural_person", CellValue.of(3)).put("t3.outcomes_total.total", CellValue.of(3))
        .put("t4.review.upheld", CellValue.of(1)).put("t4.review.total", CellValue.of(2));
    return sheet.applyTo(Report.builder()).year(2019).body("张家口市宣化区人民政府").build();
  }

  private static Set<String> violations(Configuration<?> configuration, Locale locale, Report report) {
    MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
    configuration.messageInterpolator(new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return interpolator.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return interpolator.interpolate(template, context, locale);
      }
    });
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<String> found = new TreeSet<>();
      for (ConstraintViolation<Report> v : validator.validate(report)) {
        found.add(v.getPropertyPath() + ": " + v.getMessage());
      }
      return found;
    }
  }

  @Test
  void reportsEachErrorAtItsCellInChinese() {
    assertEquals(Set.of(
        "requests.rows[GRANTED].total: 三、本年度办理结果 › （一）予以公开：总计为5，六类申请人之和为3（相差2）",
        "requests.rows[OUTCOMES_TOTAL].total: 总计列：（七）总计为3，各项办理结果之和为5（相差-2）",
        "reviewLitigation.review.total: 行政复议：总计为2，四项结果之和为1（相差1）"),
        violations(Validation.byDefaultProvider().configure(), Locale.SIMPLIFIED_CHINESE, wrongTotal()));
  }

  @Test
  void reportsEachErrorInEnglish() {
    assertEquals(Set.of(
        "requests.rows[GRANTED].total: row 三、本年度办理结果 › （一）予以公开: 总计 is 5, the six applicant columns sum "
            + "to 3 (difference 2)",
        "requests.rows[OUTCOMES_TOTAL].total: column 总计: （七）总计 is 3, the outcome rows sum to 5 (difference -2)",
        "reviewLitigation.review.total: 行政复议: 总计 is 2, the four results sum to 1 (difference 1)"),
        violations(Validation.byDefaultProvider().configure(), Locale.ENGLISH, wrongTotal()));
  }

  @Test
  void addsTheMappingProgrammatically() {
    Configuration<?> configuration = Validation.byDefaultProvider().configure().ignoreXmlConfiguration();
    assertEquals(Set.of(), violations(configuration, Locale.ENGLISH, wrongTotal()));
    Set<String> found = violations(ReportValidation.addMapping(
        Validation.byDefaultProvider().configure().ignoreXmlConfiguration()), Locale.ENGLISH, wrongTotal());
    assertEquals(3, found.size());
  }

  @Test
  void pointsAtTableTwoCellsAndKeepsTheModelConstraints() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2021));
    sheet.put("t2.art20_6.administrative_penalty.decisions", CellValue.of(-2));
    Report report = sheet.applyTo(Report.builder()).year(2021).body("平潭综合实验区").build();
    assertEquals(Set.of(
        "proactive.administrativePenaltyDecisions: 第二十条第（六）项 › 行政处罚 × 本年处理决定数量：-2为负数",
        "proactive.administrativePenaltyDecisions: 必须是正数或零"),
        violations(Validation.byDefaultProvider().configure(), Locale.SIMPLIFIED_CHINESE, report));
  }

  @Test
  void acceptsAConsistentReport() {
    CellSheet sheet = CellSheet.of(Catalog.of(Edition.GOV_2021));
    sheet.put("t3.new_received.natural_person", CellValue.of(1)).put("t3.new_received.total", CellValue.of(1));
    sheet.put("t3.carried_over_to_next.natural_person", CellValue.of(1)).put("t3.carried_over_to_next.total", CellValue.of(1));
    Report report = sheet.applyTo(Report.builder()).year(2021).body("平潭综合实验区").build();
    assertEquals(Set.of(), violations(Validation.byDefaultProvider().configure(), Locale.ENGLISH, report));
  }

  @Test
  void mapsCellsToTheModelAccessors() {
    assertEquals("itemsPrevYear", ConsistentReportValidator.camel("items_prev_year"));
    assertEquals("a\\{b\\}\\$\\\\", ConsistentReportValidator.escape("a{b}$\\"));
  }
}

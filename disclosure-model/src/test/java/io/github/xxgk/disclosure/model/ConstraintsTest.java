package io.github.xxgk.disclosure.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<String> violations(Object value) {
    Set<String> found = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(value)) {
      found.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return found;
  }

  @Test
  void rejectsNegativeCountInTableThree() {
    Report report = Report.builder().edition(Edition.GOV_2021).year(2021).body("平潭综合实验区")
        .requests(RequestTable.builder().edition(Edition.GOV_2021)
            .putRows(RequestRow.GRANTED, ApplicantCounts.of(-1, 0, 0, 0, 0, 0, -1)).build())
        .build();
    assertEquals(Set.of(
        "requests.rows[GRANTED].naturalPerson: must be greater than or equal to 0",
        "requests.rows[GRANTED].total: must be greater than or equal to 0"), violations(report));
  }

  @Test
  void rejectsNegativeCountsInTablesTwoAndFourButNotTheSignedChange() {
    Report report = Report.builder().edition(Edition.GOV_2019).year(2019).body("张家口市宣化区人民政府")
        .proactive(Proactive2019.builder().administrativeLicensing(ItemCounts2019.of(207, -6, -1))
            .governmentCentralizedProcurement(Procurement2019.of(1, Money.ofYuan(new BigDecimal("-5")))).build())
        .reviewLitigation(ReviewLitigationTable.builder().review(ResultCounts.of(0, 0, 0, -2, 0)).build())
        .build();
    assertEquals(Set.of(
        "proactive.administrativeLicensing.decisions: must be greater than or equal to 0",
        "proactive.governmentCentralizedProcurement.amount.amount: must be greater than or equal to 0",
        "reviewLitigation.review.pending: must be greater than or equal to 0"), violations(report));
  }

  @Test
  void rejectsEarlyYearAndBlankBody() {
    Report report = Report.builder().edition(Edition.GOV_2019).year(2017).body(" ").build();
    assertEquals(Set.of("body: must not be blank", "year: must be >= 2019"), violations(report));
  }

  @Test
  void acceptsValidReport() {
    Report report = Report.builder().edition(Edition.GOV_2021).year(2021).body("平潭综合实验区")
        .proactive(Proactive2021.builder().administrativeFeeAmount(Money.ofWanYuan(new BigDecimal("7816"))).build())
        .build();
    assertEquals(Set.of(), violations(report));
  }
}

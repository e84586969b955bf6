package io.github.xxgk.disclosure.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.pdf.PdfReportReader;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading published PDFs and checking them with the standard rules finds exactly the errors printed in them. */
class PublishedPdfCheckTest {
  private static CheckResult check(String name) throws IOException {
    Path pdf = Path.of(System.getProperty("disclosure.corpus"), "reports", name);
    return Checker.standard().check(PdfReportReader.of().read(pdf).getReport());
  }

  private static String describe(Finding f) {
    return f.getRuleId() + " " + f.getAddresses().get(0) + " reported " + f.getReported().map(BigDecimal::toPlainString)
        .orElse("-") + " computed " + f.getComputed().map(BigDecimal::toPlainString).orElse("-");
  }

  @Test
  void findsExactlyTheTwoWrongTableFourTotalsOfHongze2023() throws IOException {
    CheckResult result = check("emixed-2023-huaian-hongze.pdf");
    assertEquals(List.of("S-T4-1 t4.review.total reported 0 computed 11",
            "S-T4-3 t4.litigation_after_review.total reported 0 computed 5"),
        result.getFindings(Severity.ERROR).stream().map(PublishedPdfCheckTest::describe).toList());
  }

  @Test
  void findsNoErrorInTheReportsThatBalance() throws IOException {
    assertEquals(List.of(), check("emixed-2024-huaian-hongze.pdf").getFindings(Severity.ERROR));
    assertEquals(List.of(), check("e2021-2024-huaian.pdf").getFindings(Severity.ERROR));
  }
}

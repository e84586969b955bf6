package io.github.xxgk.disclosure.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every published page and scraped text of the corpus, read and checked with the standard rules, gives exactly the
 * arithmetic errors its {@code SOURCES.tsv} notes name, and no ERROR otherwise.
 */
class PublishedTextCheckTest {
  private static final Path CORPUS = Path.of(System.getProperty("disclosure.corpus"));

  /** The errors named in SOURCES.tsv, per file, as rule, first cell, reported and computed value. */
  private static final Map<String, List<String>> ERRORS;

  static {
    // "[C] col 自然人: outcome rows sum 26 ≠ (七)总计 20; [C] col 总计: outcome rows sum 27 ≠ (七)总计 21"
    List<String> pingtan2020 = List.of("S-T3-1 t3.outcomes_total.natural_person reported 20 computed 26",
        "S-T3-1 t3.outcomes_total.total reported 21 computed 27");
    // "[A] col 自然人: 一+二=16 ≠ (七)+四=18; [A] col 社会公益组织: 一+二=2 ≠ (七)+四=0;
    //  [C] col 自然人: outcome rows sum 16 ≠ (七)总计 18; [C] col 社会公益组织: outcome rows sum 2 ≠ (七)总计 0"
    List<String> zrz2021 = List.of("O-T3-1 t3.new_received.natural_person reported 16 computed 18",
        "O-T3-1 t3.new_received.social_welfare_org reported 2 computed 0",
        "S-T3-1 t3.outcomes_total.natural_person reported 18 computed 16",
        "S-T3-1 t3.outcomes_total.social_welfare_org reported 0 computed 2");
    // "[D] 行政复议: [10, 1, 0, 0] sum 11 ≠ 总计 0 ; [D] 复议后起诉: [5, 0, 0, 0] sum 5 ≠ 总计 0"
    List<String> hongze2023 = List.of("S-T4-1 t4.review.total reported 0 computed 11",
        "S-T4-3 t4.litigation_after_review.total reported 0 computed 5");
    ERRORS = Map.of("e2019-2020-pingtan.txt", pingtan2020, "e2019-2020-pingtan.page.html", pingtan2020,
        "e2021-2021-pingtan-zrz.txt", zrz2021, "e2021-2021-pingtan-zrz.page.html", zrz2021,
        "emixed-2023-huaian-hongze.txt", hongze2023, "emixed-2023-huaian-hongze-raw.txt", hongze2023);
  }

  /**
   * The one flagged file whose failures come from a blank cell: 上海市科委 2024 leaves the 总计 of
   * 四、结转下年度继续办理 blank, so its notes' [A] and [B] are, by the blank-total policy (FORMAT.md §6.2), a
   * "total omitted" WARNING and not a sum mismatch.
   */
  private static final String BLANK_TOTAL = "e2021-2024-shanghai-kewei.md";

  private static String describe(Finding f) {
    return f.getRuleId() + " " + f.getAddresses().get(0) + " reported "
        + f.getReported().map(BigDecimal::toPlainString).orElse("-") + " computed "
        + f.getComputed().map(BigDecimal::toPlainString).orElse("-");
  }

  private static ReadResult read(Path file) throws IOException {
    String name = file.getFileName().toString();
    return name.endsWith(".html") ? HtmlReportReader.of().read(file) : TextReportReader.of().read(file);
  }

  @Test
  void findsExactlyTheErrorsTheCorpusNotesName() throws IOException {
    Map<String, List<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(CORPUS.resolve("reports"))) {
      for (Path file : files.filter(p -> !p.toString().endsWith(".pdf")).sorted().toList()) {
        List<String> errors = Checker.standard().check(read(file).getReport()).getFindings(Severity.ERROR).stream()
            .map(PublishedTextCheckTest::describe).toList();
        if (!errors.isEmpty()) {
          found.put(file.getFileName().toString(), errors);
        }
      }
    }
    assertEquals(new TreeMap<>(ERRORS), found);
  }

  @Test
  void warnsOfTheBlankTotalTheCorpusNotesName() throws IOException {
    List<String> warnings = Checker.standard().check(read(CORPUS.resolve("reports").resolve(BLANK_TOTAL)).getReport())
        .getFindings(Severity.WARNING).stream().map(f -> f.getRuleId() + " " + f.getAddresses().get(0)).toList();
    assertEquals(List.of("C-4 t3.carried_over_to_next.total"), warnings);
    assertEquals(CellState.BLANK, read(CORPUS.resolve("reports").resolve(BLANK_TOTAL)).getReport().getStates()
        .get("t3.carried_over_to_next.total"));
  }

  @Test
  void namesAnErrorForEveryFileWhoseNotesSayItFails() throws IOException {
    Map<String, Boolean> flagged = new TreeMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length > 5 && !f[0].endsWith(".pdf") && (f[5].contains("ARITHMETIC ERROR") || f[5].contains("FAILS"))) {
        flagged.put(f[0], true);
      }
    }
    Map<String, Boolean> named = new TreeMap<>();
    ERRORS.keySet().forEach(k -> named.put(k, true));
    named.put(BLANK_TOTAL, true);
    assertEquals(flagged, named);
  }
}

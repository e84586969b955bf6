package io.github.xxgk.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tables 三 and 四 of the hand-checked corpus values ({@code corpus/expected}): the errors the rules find are exactly
 * the arithmetic errors {@code corpus/SOURCES.tsv} names, and the other reports have none.
 */
class CorpusExpectedTest {
  private static final Path EXPECTED = Path.of(System.getProperty("disclosure.corpus"), "expected");

  /** Builds tables 三 and 四 of one expected file: rows in printed order, columns by their official label. */
  static Report load(Path file) throws IOException {
    String name = file.getFileName().toString();
    Edition edition = name.startsWith("e2019") ? Edition.GOV_2019 : Edition.GOV_2021;
    int year = Integer.parseInt(name.substring(6, 10));
    Catalog catalog = Catalog.of(edition);
    CellSheet sheet = CellSheet.of(catalog).include(TableId.REQUESTS).include(TableId.REVIEW_LITIGATION);
    List<CatalogRow> rows = catalog.getRows(TableId.REQUESTS);
    Map<String, Integer> rowIndex = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 5 || !(f[0].equals("三") || f[0].equals("四"))) {
        continue;
      }
      String column = f[2].substring(f[2].lastIndexOf('›') + 1).strip();
      CellValue value = f[4].isEmpty()
          ? (f[3].isEmpty() || f[3].equals("&nbsp;") ? CellValue.blank(f[3]) : CellValue.unresolved(f[3]))
          : CellValue.of(Long.parseLong(f[4])).withPrinted(f[3]);
      if (f[0].equals("三")) {
        int row = rowIndex.computeIfAbsent(f[1], k -> rowIndex.size());
        if (f[2].startsWith("(all")) {
          // a defective row: fewer digits printed than cells, none of them can be placed
          for (Cell cell : rows.get(row).getCells()) {
            sheet.put(cell, CellValue.unresolved(f[3]));
          }
        } else {
          sheet.put(rows.get(row).getCells().get(applicant(column).ordinal()), value);
        }
      } else {
        ReviewGroup group = f[2].contains("复议后起诉") ? ReviewGroup.LITIGATION_AFTER_REVIEW
            : f[2].contains("未经复议") ? ReviewGroup.LITIGATION_DIRECT : ReviewGroup.REVIEW;
        sheet.put(catalog.get(group, result(column)), value);
      }
    }
    assertEquals(rows.size(), rowIndex.size(), name);
    return sheet.applyTo(Report.builder()).year(year).body(name).build();
  }

  private static Applicant applicant(String label) {
    for (Applicant a : Applicant.values()) {
      if (a.getLabel().equals(label)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown column: " + label);
  }

  private static ReviewResult result(String label) {
    for (ReviewResult r : ReviewResult.values()) {
      if (r.getLabel().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown column: " + label);
  }

  @Test
  void findsExactlyTheErrorsTheSourcesName() throws IOException {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(EXPECTED)) {
      files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    assertEquals(11, files.size());
    for (Path file : files) {
      CheckResult result = Checker.standard().check(load(file));
      List<String> found = new ArrayList<>();
      for (Finding f : result.getFindings(Severity.ERROR)) {
        found.add(f.getRuleId() + " " + f.getParameter("column").orElse("") + " " + f.getReported().orElseThrow()
            + "/" + f.getComputed().orElseThrow());
      }
      if (!found.isEmpty()) {
        errors.put(file.getFileName().toString(), found);
      }
    }
    List<String> pingtan2020 = List.of("S-T3-1 自然人 20/26", "S-T3-1 总计 21/27");
    List<String> zrz2021 = List.of("O-T3-1 自然人 16/18", "O-T3-1 社会公益组织 2/0", "S-T3-1 自然人 18/16",
        "S-T3-1 社会公益组织 0/2");
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("e2019-2020-pingtan.page.tsv", pingtan2020);
    expected.put("e2019-2020-pingtan.tsv", pingtan2020);
    expected.put("e2021-2021-pingtan-zrz.page.tsv", zrz2021);
    expected.put("e2021-2021-pingtan-zrz.tsv", zrz2021);
    assertEquals(expected, errors);
  }

  @Test
  void reportsTheOmittedTotalsOfShanghai() throws IOException {
    CheckResult result = Checker.standard().check(load(EXPECTED.resolve("e2019-2019-shanghai-szfbgt.tsv")));
    assertEquals(11, result.getFindings("C-4").size());
    assertTrue(result.getFindings(Severity.ERROR).isEmpty());
  }
}

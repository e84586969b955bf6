package io.github.xxgk.disclosure.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReportReaderTest {
  private static final Pattern ENUMERATOR = Pattern.compile("^[（(]?([一二三四五六七八九十0-9]+)");

  static ReadResult read(String name) throws IOException {
    return PdfReportReader.of().read(PdfLayoutTest.corpus(name));
  }

  /** The lines of an expected file, without comments and header: table, row, column, printed, value. */
  static List<String[]> expected(String name) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PdfReportReaderTest.class.getResourceAsStream("expected/" + name), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"emixed-2023-huaian-hongze", "emixed-2024-huaian-hongze", "e2021-2024-huaian"})
  void readsEveryCellAsPrinted(String name) throws IOException {
    Report report = read(name + ".pdf").getReport();
    List<String[]> expected = expected(name + ".tsv");
    List<Cell> cells = report.getCatalog().getCells();
    assertEquals(expected.size(), cells.size(), "cells");
    int exact = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      String[] e = expected.get(i);
      aligned(cell, e);
      CellValue v = report.get(cell);
      String number = v.getMoney().map(m -> m.getAmount().toPlainString())
          .orElseGet(() -> v.getNumber().map(BigDecimal::toPlainString).orElse(""));
      String printed = report.getPrinted().getOrDefault(cell.getAddress(), number);
      if (v.isValue() && number.equals(e[4]) && printed.equals(e[3])) {
        exact++;
      } else {
        wrong.add(cell.getAddress() + ": expected " + e[3] + " got " + v);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(cells.size(), exact);
  }

  /** Checks that the expected line describes the catalog cell: same column path, same enumerators in the row. */
  private static void aligned(Cell cell, String[] e) {
    String column = String.join(" › ", cell.getColumnPath());
    if (cell.getTable() == TableId.REVIEW_LITIGATION) {
      column = String.join(" › ", cell.getRowPath()) + " › " + column;
    } else {
      String[] printed = e[1].split(" › ");
      List<String> path = cell.getRowPath();
      assertEquals(path.size(), printed.length, cell.getAddress());
      for (int k = 0; k < printed.length; k++) {
        assertEquals(enumerator(path.get(k)), enumerator(printed[k]), cell.getAddress() + " " + e[1]);
      }
    }
    assertEquals(column, e[2], cell.getAddress());
  }

  private static String enumerator(String label) {
    Matcher m = ENUMERATOR.matcher(label);
    return m.find() ? m.group(1) : label.replace(" ", "");
  }

  @Test
  void readsTheMixedEditionsAndMetadataOfHongze2023() throws IOException {
    ReadResult result = read("emixed-2023-huaian-hongze.pdf");
    Report report = result.getReport();
    assertEquals(Edition.MIXED, report.getEdition());
    assertEquals(2023, report.getYear());
    assertEquals("洪泽区人民政府", report.getBody());
    assertEquals("洪泽区人民政府2023年政府信息公开工作年度报告", report.getTitle().orElseThrow());
    assertEquals(List.of(Section.values()), List.copyOf(report.getSections().keySet()));
    assertTrue(report.getSections().get(Section.OVERVIEW).startsWith("2023年，洪泽区人民政府坚持以习近平新时代"),
        report.getSections().get(Section.OVERVIEW));
    assertEquals("2023年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。",
        report.getSections().get(Section.OTHER_MATTERS));
    assertTrue(result.getDiagnostics().stream().anyMatch(d -> d.getKind() == ReadingDiagnostic.Kind.EDITION_MIXED),
        result.getDiagnostics()::toString);
  }

  @Test
  void readsTheBodyFromThePrintedTitleWhenThePdfTitleIsGeneric() throws IOException {
    Report report = read("e2021-2024-huaian.pdf").getReport();
    assertEquals(Edition.GOV_2021, report.getEdition());
    assertEquals(2024, report.getYear());
    assertEquals("淮安市人民政府", report.getBody());
  }
}

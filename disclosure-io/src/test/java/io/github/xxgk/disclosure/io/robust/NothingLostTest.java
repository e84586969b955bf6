package io.github.xxgk.disclosure.io.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.pdf.PdfReportReader;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing read is lost: every corpus report read, written as JSON, read, written as CSV and read again keeps every
 * cell (value, blank, unresolved), its printed text, the sections, the extra rows and the metadata.
 */
class NothingLostTest {
  @Test
  void everyCorpusReportSurvivesJsonAndCsv() throws Exception {
    List<Path> reports = Seeds.reports(".html", ".txt", ".md", ".pdf");
    assertEquals(45, reports.size());
    List<String> lost = new ArrayList<>();
    for (Path file : reports) {
      Report read = read(file);
      Report viaJson = ReportJson.read(ReportJson.writeBytes(read), file + ".json");
      Report viaCsv = CsvReportReader.of().read(CsvReportWriter.of().toCsv(viaJson)).getReport();
      lost.addAll(differences(file + " via JSON", read, viaJson));
      lost.addAll(differences(file + " via JSON and CSV", read, viaCsv));
    }
    assertEquals(List.of(), lost);
  }

  static Report read(Path file) throws Exception {
    String name = file.getFileName().toString();
    if (name.endsWith(".html")) {
      return HtmlReportReader.of().read(file).getReport();
    }
    if (name.endsWith(".pdf")) {
      return PdfReportReader.of().read(file).getReport();
    }
    return TextReportReader.of().read(file).getReport();
  }

  /** Lists every cell, and every other part, that differs between the two reports. */
  static List<String> differences(String what, Report expected, Report actual) {
    List<String> out = new ArrayList<>();
    if (!expected.getCatalog().equals(actual.getCatalog())) {
      out.add(what + ": catalog " + actual.getCatalog() + " instead of " + expected.getCatalog());
      return out;
    }
    for (Cell cell : expected.getCatalog().getCells()) {
      if (expected.hasTable(cell.getTable()) != actual.hasTable(cell.getTable())) {
        out.add(what + ": table " + cell.getTable() + " present " + actual.hasTable(cell.getTable()));
        return out;
      }
      if (expected.hasTable(cell.getTable()) && !expected.get(cell).equals(actual.get(cell))) {
        out.add(what + ": " + cell.getAddress() + " = " + actual.get(cell) + " instead of " + expected.get(cell));
      }
    }
    if (!expected.getSections().equals(actual.getSections())) {
      out.add(what + ": sections differ");
    }
    if (!expected.getExtraRows().equals(actual.getExtraRows())) {
      out.add(what + ": extra rows " + actual.getExtraRows() + " instead of " + expected.getExtraRows());
    }
    if (out.isEmpty() && !expected.equals(actual)) {
      out.add(what + ": metadata " + actual + " instead of " + expected);
    }
    return out;
  }
}

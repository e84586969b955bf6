package io.github.xxgk.disclosure.examples;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.CheckResult;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Finding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/** The README's example: read a published page, look at a cell, check the report, write its JSON. */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** Runs the example on a published page (default: the bundled 平潭 2020 page). */
  public static void main(String[] args) throws ReportReadException {
    run(Path.of(args.length > 0 ? args[0] : "corpus/reports/e2019-2020-pingtan.page.html"), System.out);
  }

  static void run(Path page, PrintStream out) throws ReportReadException {
    ReadResult read = HtmlReportReader.of().read(page);
    Report report = read.getReport();

    Cell cell = report.getCatalog().get("t3.new_received.natural_person");
    out.println(cell.getLabelPath() + " = " + report.get(cell));

    CheckResult result = Checker.standard().check(report);
    for (Finding finding : result.getFindings()) {
      out.println(finding.getRuleId() + " " + finding.getMessage(Locale.CHINA));
    }

    String json = ReportJson.writePretty(report);
    out.println(json.length() + " characters of canonical JSON");
  }
}

package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.html.HtmlTableWriter;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.markdown.MarkdownWriter;
import io.github.xxgk.disclosure.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code disclosure convert}: one report to canonical JSON, CSV, the official HTML tables or Markdown. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Converts a report (HTML, PDF, text, JSON or CSV, detected from its content) to another format;"
        + " reading diagnostics go to standard error.",
        "Exit 0: converted; 2: the report unreadable."})
final class ConvertCommand implements Callable<Integer> {
  /** The output formats. */
  enum Target {
    json, csv, html, md
  }

  @ParentCommand
  Disclosure parent;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "json, csv, html or md.")
  Target to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The output file (default: standard output).")
  Path output;

  @Option(names = "--bom", description = "Start CSV with a byte order mark, for Excel.")
  boolean bom;

  @Parameters(paramLabel = "PATH", description = "The report file.")
  Path path;

  @Override
  public Integer call() throws Exception {
    List<ReadResult> results = new ArrayList<>();
    ReportFiles.read(path, (record, result) -> results.add(result));
    for (ReadResult result : results) {
      Output.diagnostics(parent.err(), path.toString(), result.getDiagnostics());
    }
    String text;
    if (results.size() != 1) {
      if (to != Target.json) {
        throw new CliException(Disclosure.UNREADABLE, path + ": holds " + results.size()
            + " reports; only --to json converts several (to JSON lines)");
      }
      List<Report> reports = new ArrayList<>();
      results.forEach(r -> reports.add(r.getReport()));
      text = ReportJson.writeLines(reports);
    } else {
      text = convert(results.get(0).getReport());
    }
    Output.write(parent.out(), output, text);
    return Disclosure.OK;
  }

  private String convert(Report report) {
    switch (to) {
      case json:
        return ReportJson.writePretty(report) + "\n";
      case csv:
        return CsvReportWriter.of().withBom(bom).toCsv(report);
      case html:
        return HtmlTableWriter.of().toPage(report);
      default:
        return MarkdownWriter.of().toMarkdown(report);
    }
  }
}

package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Consolidation;
import io.github.xxgk.disclosure.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code disclosure consolidate}: sums the reports of subordinate units into one report and checks it. */
@Command(name = "consolidate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Sums the reports of subordinate units (same year and edition) into one report, writes it as"
        + " canonical JSON and checks it; with --published, compares it cell by cell with the published one.",
        "Exit 0: no ERROR; 1: an ERROR; 2: a report unreadable or the units not summable."})
final class ConsolidateCommand implements Callable<Integer> {
  @ParentCommand
  Disclosure parent;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "Where to write the consolidated report (canonical JSON).")
  Path output;

  @Option(names = "--body", paramLabel = "NAME",
      description = "The body of the consolidated report (default: the published report's, else 汇总).")
  String body;

  @Option(names = "--published", paramLabel = "FILE",
      description = "The consolidated report as published, compared cell by cell with the sum (rules K-1..K-3).")
  Path published;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  CheckCommand.Format format;

  @Mixin
  CheckingOptions checking;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "The units' report files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    Checker checker = checking.checker();
    List<Report> units = new ArrayList<>();
    for (Path file : Inputs.expand(paths)) {
      ReportFiles.read(file, (record, read) -> {
        Output.diagnostics(parent.err(), record == 0 ? file.toString() : file + "#" + record, read.getDiagnostics());
        units.add(read.getReport());
      });
    }
    ReadResult publishedRead = published == null ? null : ReportFiles.readOne(published);
    String name = body != null ? body : publishedRead != null ? publishedRead.getReport().getBody() : "汇总";
    Consolidation consolidation;
    try {
      consolidation = Consolidation.of(name, units);
    } catch (IllegalArgumentException e) {
      throw new CliException(Disclosure.UNREADABLE, "cannot consolidate: " + e.getMessage());
    }
    Report sum = consolidation.getReport();
    Output.write(parent.out(), output, ReportJson.writePretty(sum) + "\n");
    List<Output.Source> sources = new ArrayList<>();
    sources.add(Output.source("consolidated", output, ReadResult.of(sum)));
    List<Finding> findings = new ArrayList<>(checker.check(sum).getFindings());
    if (publishedRead != null) {
      Output.diagnostics(parent.err(), published.toString(), publishedRead.getDiagnostics());
      sources.add(Output.source("published", published, publishedRead));
      findings.addAll(checker.compare(consolidation, publishedRead.getReport()).getFindings());
    }
    return Output.findings(parent.out(), format, checking.lang, sources, findings);
  }
}

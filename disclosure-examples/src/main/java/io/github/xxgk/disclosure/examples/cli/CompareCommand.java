package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.rules.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code disclosure compare}: the cross-year findings between last year's and this year's report of a body. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Compares this year's report with last year's report of the same body (rules X-0..X-4).",
        "Exit 0: no ERROR; 1: an ERROR; 2: a report unreadable."})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand
  Disclosure parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  CheckCommand.Format format;

  @Mixin
  CheckingOptions checking;

  @Parameters(index = "0", paramLabel = "LAST_YEAR", description = "Last year's report.")
  Path lastYear;

  @Parameters(index = "1", paramLabel = "THIS_YEAR", description = "This year's report.")
  Path thisYear;

  @Override
  public Integer call() throws Exception {
    ReadResult last = ReportFiles.readOne(lastYear);
    ReadResult current = ReportFiles.readOne(thisYear);
    CheckResult result = checking.checker().compare(last.getReport(), current.getReport());
    return Output.findings(parent.out(), format, checking.lang, List.of(Output.source("last_year", lastYear, last),
        Output.source("this_year", thisYear, current)), result.getFindings());
  }
}

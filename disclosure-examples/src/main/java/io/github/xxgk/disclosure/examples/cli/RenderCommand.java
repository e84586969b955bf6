package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.CellNote;
import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.html.HtmlTableWriter;
import io.github.xxgk.disclosure.rules.CheckResult;
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

/** {@code disclosure render}: a report's tables as an HTML page in the official layout, with its findings. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Renders a report's three tables as an HTML page in the official layout of its edition; with"
        + " --findings the report is checked and the cells of each finding are highlighted and linked.",
        "Exit 0: no ERROR (or no --findings); 1: an ERROR; 2: the report unreadable."})
final class RenderCommand implements Callable<Integer> {
  @ParentCommand
  Disclosure parent;

  @Option(names = "--findings", description = "Check the report and overlay the findings.")
  boolean findings;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The output file (default: standard output).")
  Path output;

  @Mixin
  CheckingOptions checking;

  @Parameters(paramLabel = "PATH", description = "The report file.")
  Path path;

  @Override
  public Integer call() throws Exception {
    ReadResult read = ReportFiles.readOne(path);
    Output.diagnostics(parent.err(), path.toString(), read.getDiagnostics());
    HtmlTableWriter writer = HtmlTableWriter.of();
    int code = Disclosure.OK;
    if (findings) {
      CheckResult result = checking.checker().check(read.getReport());
      writer = writer.withNotes(notes(result, checking.lang));
      code = result.hasErrors() ? Disclosure.ERRORS : Disclosure.OK;
    }
    Output.write(parent.out(), output, writer.toPage(read.getReport()));
    return code;
  }

  /** Returns the findings as notes for the writers' overlay, messages in the given language. */
  static List<CellNote> notes(CheckResult result, Lang lang) {
    List<CellNote> notes = new ArrayList<>();
    for (Finding f : result.getFindings()) {
      notes.add(CellNote.of(f.getSeverity().name(), f.getRuleId(), f.getMessage(lang.locale), f.getAddresses()));
    }
    return notes;
  }
}

package io.github.xxgk.disclosure.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writing results: to a file or standard output, and reading diagnostics as one line each. */
final class Output {
  private Output() {}

  /** Writes the text to the file, or to {@code out} when there is none. */
  static void write(PrintWriter out, Path file, String text) throws CliException {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(Disclosure.UNREADABLE, file + ": cannot write: " + Inputs.reason(e));
    }
  }

  /** A report read for a command, and its role in it ({@code last_year}, {@code published}, ...). */
  static final class Source {
    final String role;
    final Path file;
    final ReadResult read;

    Source(String role, Path file, ReadResult read) {
      this.role = role;
      this.file = file;
      this.read = read;
    }
  }

  static Source source(String role, Path file, ReadResult read) {
    return new Source(role, file, read);
  }

  /**
   * Prints the findings of a command over several reports (compare, consolidate): in text, one line per report
   * then the findings; in JSON, {@code {"inputs": [...], "findings": [...]}}. Returns the exit code: 1 when a
   * finding is an ERROR, else 0.
   */
  static int findings(PrintWriter out, CheckCommand.Format format, Lang lang, List<Source> sources,
      List<Finding> findings) throws IOException {
    boolean errors = false;
    for (Finding f : findings) {
      errors |= f.getSeverity() == Severity.ERROR;
    }
    if (format == CheckCommand.Format.json) {
      JsonGenerator g = JsonFormat.FACTORY.createGenerator(out);
      g.writeStartObject();
      g.writeArrayFieldStart("inputs");
      for (Source source : sources) {
        g.writeStartObject();
        g.writeStringField("role", source.role);
        g.writeStringField("file", source.file.toString());
        JsonFormat.report(g, source.read);
        g.writeEndObject();
      }
      g.writeEndArray();
      new JsonFormat(lang).findings(g, findings);
      g.writeEndObject();
      g.flush();
      out.print('\n');
    } else {
      StringBuilder b = new StringBuilder();
      for (Source source : sources) {
        Report report = source.read.getReport();
        b.append(source.role).append(": ").append(source.file).append(": ").append(report.getBody()).append(' ')
            .append(report.getYear()).append(' ').append(report.getEdition()).append('\n');
      }
      if (findings.isEmpty()) {
        b.append(lang.ok).append('\n');
      }
      new TextFormat(lang).findings(b, findings);
      out.print(b);
    }
    out.flush();
    return errors ? Disclosure.ERRORS : Disclosure.OK;
  }

  /** Prints each diagnostic as {@code file: position: KIND (cell): message}. */
  static void diagnostics(PrintWriter err, String file, List<ReadingDiagnostic> diagnostics) {
    for (ReadingDiagnostic d : diagnostics) {
      err.println(line(file, d));
    }
  }

  /** Returns one diagnostic as one line naming the file and the position. */
  static String line(String file, ReadingDiagnostic d) {
    return file + ": " + d.getPosition() + ": " + d.getKind() + d.getCell().map(c -> " (" + c + ")").orElse("")
        + ": " + d.getMessage() + (d.getCandidates().isEmpty() ? "" : " " + d.getCandidates());
  }
}

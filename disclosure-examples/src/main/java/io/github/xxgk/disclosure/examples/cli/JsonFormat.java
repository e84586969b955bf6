package io.github.xxgk.disclosure.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON output of {@code check} (docs/check-output.schema.json): one object per input, written as a unit. */
final class JsonFormat {
  static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Lang lang;

  JsonFormat(Lang lang) {
    this.lang = lang;
  }

  /** Returns the JSON object for one checked input, on one line. */
  String format(Checked checked) {
    StringWriter text = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("file", checked.getFile());
      if (checked.getRecord() > 0) {
        g.writeNumberField("record", checked.getRecord());
      }
      Optional<ReportReadException> error = checked.getError();
      if (error.isPresent()) {
        g.writeObjectFieldStart("error");
        g.writeStringField("position", error.get().getPosition());
        g.writeStringField("reason", error.get().getReason());
        g.writeStringField("message", Checked.oneLine(error.get()));
        g.writeEndObject();
      } else {
        ReadResult read = checked.getRead().orElseThrow();
        Report report = read.getReport();
        report(g, read);
        findings(g, checked.getResult().orElseThrow().getFindings());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Writes the fields {@code edition}, {@code year}, {@code body} and {@code diagnostics} of a report read. */
  static void report(JsonGenerator g, ReadResult read) throws IOException {
    Report report = read.getReport();
    g.writeStringField("edition", report.getEdition().name());
    g.writeNumberField("year", report.getYear());
    g.writeStringField("body", report.getBody());
    g.writeArrayFieldStart("diagnostics");
    for (ReadingDiagnostic d : read.getDiagnostics()) {
      diagnostic(g, d);
    }
    g.writeEndArray();
  }

  private static void diagnostic(JsonGenerator g, ReadingDiagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", d.getKind().name());
    g.writeStringField("position", d.getPosition());
    if (d.getCell().isPresent()) {
      g.writeStringField("cell", d.getCell().get());
    }
    g.writeStringField("message", d.getMessage());
    if (!d.getCandidates().isEmpty()) {
      g.writeArrayFieldStart("candidates");
      for (String candidate : d.getCandidates()) {
        g.writeString(candidate);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes the field {@code findings}: the findings of a check, in their order. */
  void findings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("rule", f.getRuleId());
      g.writeStringField("severity", f.getSeverity().name());
      g.writeStringField("category", f.getCategory().name());
      g.writeArrayFieldStart("cells");
      for (Cell cell : f.getCells()) {
        g.writeString(cell.getAddress());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("labels");
      for (Cell cell : f.getCells()) {
        g.writeString(cell.getLabelPath());
      }
      g.writeEndArray();
      g.writeStringField("message", f.getMessage(lang.locale));
      decimal(g, "reported", f.getReported());
      decimal(g, "computed", f.getComputed());
      decimal(g, "difference", f.getDifference());
      if (f.getSection().isPresent()) {
        g.writeStringField("section", f.getSection().get().getId());
      }
      if (f.getOffset().isPresent()) {
        g.writeNumberField("offset", f.getOffset().getAsInt());
      }
      if (f.getQuote().isPresent()) {
        g.writeStringField("quote", f.getQuote().get());
      }
      g.writeObjectFieldStart("values");
      for (Map.Entry<String, Object> value : f.getValues().entrySet()) {
        g.writeFieldName(value.getKey());
        value(g, value.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(value.get().toPlainString());
    }
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof BigDecimal) {
      g.writeNumber(((BigDecimal) value).toPlainString());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof BigInteger) {
      g.writeNumber(value.toString());
    } else {
      g.writeString(String.valueOf(value));
    }
  }
}

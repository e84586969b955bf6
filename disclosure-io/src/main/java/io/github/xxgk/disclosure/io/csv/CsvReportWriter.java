package io.github.xxgk.disclosure.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a report as CSV: one row per data cell with its address, official labels, normalised value, printed text
 * and state, after rows for the report's metadata and section texts (format: docs/CSV.md).
 *
 * <p>Output is RFC 4180 with CRLF line ends, UTF-8, optionally with a byte order mark so that Excel detects the
 * encoding; text a spreadsheet would run as a formula is neutralised. {@link CsvReportReader} reads it back to an
 * equal report. Instances are immutable and thread-safe.
 */
public final class CsvReportWriter {
  private static final CsvReportWriter DEFAULT = new CsvReportWriter(false);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final boolean bom;

  private CsvReportWriter(boolean bom) {
    this.bom = bom;
  }

  /** Returns a writer without byte order mark. */
  public static CsvReportWriter of() {
    return DEFAULT;
  }

  /** Returns a copy that starts the output with a UTF-8 byte order mark (U+FEFF), for Excel. */
  public CsvReportWriter withBom(boolean bom) {
    return new CsvReportWriter(bom);
  }

  /** Returns whether the output starts with a byte order mark. */
  public boolean isBom() {
    return bom;
  }

  /** Returns the report as CSV text. */
  public String toCsv(Report report) {
    StringBuilder out = new StringBuilder();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the report as UTF-8 CSV to the stream, and flushes it. */
  public void write(Report report, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, writer);
    writer.flush();
  }

  /** Writes the report as CSV text to the appendable. */
  public void write(Report report, Appendable out) throws IOException {
    if (bom) {
      out.append('\uFEFF');
    }
    Rows rows = new Rows(report, out);
    rows.write(CsvFormat.COLUMNS.toArray(new String[0]));
    rows.record(CsvFormat.REPORT).write();
    Catalog catalog = report.getCatalog();
    rows.record(CsvFormat.META).set(CsvFormat.ADDRESS, CsvFormat.CATALOG_T2)
        .set(CsvFormat.VALUE, catalog.getProactiveEdition().name()).write();
    rows.record(CsvFormat.META).set(CsvFormat.ADDRESS, CsvFormat.CATALOG_T3)
        .set(CsvFormat.VALUE, catalog.getRequestsEdition().name()).write();
    meta(rows, "level", report.getLevel().map(level -> level.getId()));
    meta(rows, "title", report.getTitle());
    meta(rows, "publish_date", report.getPublishDate().map(Object::toString));
    meta(rows, "index_number", report.getIndexNumber());
    meta(rows, "document_number", report.getDocumentNumber());
    meta(rows, "cited_notice", report.getCitedNotice());
    meta(rows, "issuer", report.getIssuer());
    meta(rows, "source_url", report.getSourceUrl());
    for (Map.Entry<Section, String> section : report.getSections().entrySet()) {
      rows.record(CsvFormat.SECTION).set(CsvFormat.ADDRESS, section.getKey().getId())
          .set(CsvFormat.ROW_LABEL, section.getKey().getTitle()).set(CsvFormat.VALUE, section.getValue()).write();
    }
    for (TableId table : TableId.values()) {
      if (!report.hasTable(table)) {
        continue;
      }
      for (Cell cell : catalog.getCells(table)) {
        cell(rows, report, cell);
      }
    }
    for (ExtraRow extra : report.getExtraRows()) {
      String address = extra.getTable().getId() + extra.getBlock().map(block -> "." + block.getId()).orElse("");
      rows.record(CsvFormat.EXTRA).set(CsvFormat.ADDRESS, address)
          .set(CsvFormat.TABLE, extra.getTable().getNumeral()).set(CsvFormat.ROW_LABEL, extra.getLabel())
          .set(CsvFormat.VALUE, extra.getAfter().orElse(null)).set(CsvFormat.PRINTED, json(extra)).write();
    }
  }

  private static void meta(Rows rows, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      rows.record(CsvFormat.META).set(CsvFormat.ADDRESS, key).set(CsvFormat.VALUE, value.get()).write();
    }
  }

  private static void cell(Rows rows, Report report, Cell cell) throws IOException {
    CellValue value = report.get(cell);
    Rows row = rows.record(CsvFormat.CELL).set(CsvFormat.ADDRESS, cell.getAddress())
        .set(CsvFormat.TABLE, cell.getTable().getNumeral())
        .set(CsvFormat.ROW_LABEL, String.join(CsvFormat.PATH_SEPARATOR, cell.getRowPath()))
        .set(CsvFormat.COLUMN_LABEL, String.join(CsvFormat.PATH_SEPARATOR, cell.getColumnPath()))
        .set(CsvFormat.STATE, value.getState().name().toLowerCase(java.util.Locale.ROOT));
    Optional<Money> money = value.getMoney();
    if (money.isPresent()) {
      row.set(CsvFormat.VALUE, money.get().getYuan().toPlainString())
          .set(CsvFormat.PRINTED, money.get().getPrinted().orElse(null))
          .set(CsvFormat.UNIT, money.get().getUnit().getLabel())
          .set(CsvFormat.AMOUNT, money.get().getAmount().toPlainString())
          .set(CsvFormat.UNIT_ASSUMED, Boolean.toString(money.get().isUnitAssumed()));
    } else {
      if (value.isValue() && cell.getKind() != CellKind.MONEY) {
        row.set(CsvFormat.VALUE, Long.toString(value.toCount()));
      }
      row.set(CsvFormat.PRINTED, report.getPrinted().get(cell.getAddress()));
    }
    row.write();
  }

  private static String json(ExtraRow extra) {
    try {
      return JSON.writeValueAsString(extra.getCells());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the cells of an extra row as JSON: " + extra, e);
    }
  }

  /** One record being filled, then written with the report's edition, year and body. */
  private static final class Rows {
    private final Report report;
    private final Appendable out;
    private final String[] fields = new String[CsvFormat.COLUMNS.size()];

    Rows(Report report, Appendable out) {
      this.report = report;
      this.out = out;
    }

    Rows record(String kind) {
      Arrays.fill(fields, null);
      fields[CsvFormat.RECORD] = kind;
      fields[CsvFormat.EDITION] = report.getEdition().name();
      fields[CsvFormat.YEAR] = Integer.toString(report.getYear());
      fields[CsvFormat.BODY] = report.getBody();
      return this;
    }

    Rows set(int column, String value) {
      fields[column] = value;
      return this;
    }

    void write() throws IOException {
      write(fields);
    }

    void write(String[] values) throws IOException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        field(values[i]);
      }
      out.append("\r\n");
    }

    private void field(String value) throws IOException {
      if (value == null) {
        return;
      }
      String text = CsvFormat.neutralise(value);
      boolean quote = text.isEmpty();
      for (int i = 0; i < text.length() && !quote; i++) {
        char c = text.charAt(i);
        quote = c == ',' || c == '"' || c == '\r' || c == '\n';
      }
      if (!quote) {
        out.append(text);
        return;
      }
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
  }
}

package io.github.xxgk.disclosure.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ImmutableExtraRow;
import io.github.xxgk.disclosure.model.ImmutableReport;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a report from the CSV that {@link CsvReportWriter} writes (docs/CSV.md), back to an equal report.
 *
 * <p>The reader is strict: a malformed record, an unknown address, a label that differs from the catalog or a value
 * that contradicts its amount is a {@link ReportReadException} naming the line and column. Instances are immutable
 * and thread-safe.
 */
public final class CsvReportReader {
  private static final CsvReportReader INSTANCE = new CsvReportReader();
  private static final ObjectMapper JSON = new ObjectMapper();

  private CsvReportReader() {}

  /** Returns the reader. */
  public static CsvReportReader of() {
    return INSTANCE;
  }

  /** Reads the CSV file (UTF-8, with or without byte order mark). */
  public ReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads UTF-8 CSV from the stream; {@code source} names it in errors. */
  public ReadResult read(InputStream in, String source) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return read(reader, source);
    } catch (CharacterCodingException e) {
      throw new ReportReadException(source, "byte stream", "not UTF-8 text: " + e.getMessage(), e);
    }
  }

  /** Reads CSV text. */
  public ReadResult read(String csv) throws ReportReadException {
    try {
      return read(new StringReader(csv), null);
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a string failed", e);
    }
  }

  /** Reads CSV text from the reader; {@code source} names it in errors (may be null). */
  public ReadResult read(Reader in, String source) throws IOException {
    return new Run(source).read(in);
  }

  /** One reading: the records seen so far and the report being built. */
  private static final class Run {
    private final String source;
    private final List<CsvParser.Record> records = new ArrayList<>();
    private int lastLine = 1;

    Run(String source) {
      this.source = source;
    }

    ReadResult read(Reader in) throws IOException {
      CsvParser parser = new CsvParser(skipBom(in), source);
      CsvParser.Record header = parser.next();
      if (header == null) {
        throw new ReportReadException(source, "line 1", "empty input; expected the header "
            + String.join(",", CsvFormat.COLUMNS));
      }
      List<String> names = new ArrayList<>();
      for (String field : header.fields) {
        names.add(field == null ? "" : field);
      }
      if (!names.equals(CsvFormat.COLUMNS)) {
        throw new ReportReadException(source, "line 1", "expected the header " + String.join(",", CsvFormat.COLUMNS)
            + ", found " + String.join(",", names));
      }
      for (CsvParser.Record record = parser.next(); record != null; record = parser.next()) {
        if (record.fields.size() != CsvFormat.COLUMNS.size()) {
          throw new ReportReadException(source, "line " + record.line,
              "expected " + CsvFormat.COLUMNS.size() + " fields, found " + record.fields.size());
        }
        for (int i = 0; i < record.fields.size(); i++) {
          String field = record.fields.get(i);
          record.fields.set(i, field == null ? null : CsvFormat.restore(field));
        }
        records.add(record);
        lastLine = record.line;
      }
      return ReadResult.of(build());
    }

    private static Reader skipBom(Reader in) throws IOException {
      java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
      int c = pushback.read();
      if (c != -1 && c != '\uFEFF') {
        pushback.unread(c);
      }
      return pushback;
    }

    private Report build() throws ReportReadException {
      if (records.isEmpty() || !CsvFormat.REPORT.equals(records.get(0).fields.get(CsvFormat.RECORD))) {
        throw new ReportReadException(source, "line " + (records.isEmpty() ? 2 : records.get(0).line) + ", column 1",
            "expected the report record first");
      }
      CsvParser.Record first = records.get(0);
      Edition edition = enumValue(first, CsvFormat.EDITION, Edition.class);
      int year = integer(first, CsvFormat.YEAR);
      String body = required(first, CsvFormat.BODY);
      Map<String, CsvParser.Record> meta = new LinkedHashMap<>();
      for (CsvParser.Record record : records) {
        same(record, first, CsvFormat.EDITION);
        same(record, first, CsvFormat.YEAR);
        same(record, first, CsvFormat.BODY);
        String kind = required(record, CsvFormat.RECORD);
        if (!List.of(CsvFormat.REPORT, CsvFormat.META, CsvFormat.SECTION, CsvFormat.CELL, CsvFormat.EXTRA)
            .contains(kind)) {
          throw error(record, CsvFormat.RECORD, "unknown record kind: " + kind);
        }
        if (kind.equals(CsvFormat.REPORT) && record != first) {
          throw error(record, CsvFormat.RECORD, "a second report record");
        }
        if (kind.equals(CsvFormat.META) && meta.put(required(record, CsvFormat.ADDRESS), record) != null) {
          throw error(record, CsvFormat.ADDRESS, "metadata given twice: " + record.fields.get(CsvFormat.ADDRESS));
        }
      }
      Catalog catalog = Catalog.of(catalogEdition(meta, CsvFormat.CATALOG_T2, first),
          catalogEdition(meta, CsvFormat.CATALOG_T3, first));
      ImmutableReport.Builder builder = Report.builder();
      CellSheet sheet = CellSheet.of(catalog);
      Map<String, String> printed = new LinkedHashMap<>();
      Set<Cell> seen = new HashSet<>();
      Map<Section, String> sections = new LinkedHashMap<>();
      List<ExtraRow> extras = new ArrayList<>();
      for (CsvParser.Record record : records) {
        switch (record.fields.get(CsvFormat.RECORD)) {
          case CsvFormat.META:
            meta(record, builder);
            break;
          case CsvFormat.SECTION:
            section(record, sections);
            break;
          case CsvFormat.CELL:
            cell(record, catalog, sheet, printed, seen);
            break;
          case CsvFormat.EXTRA:
            extras.add(extra(record));
            break;
          default:
            break;
        }
      }
      for (TableId table : TableId.values()) {
        if (!sheet.includes(table)) {
          continue;
        }
        List<String> missing = new ArrayList<>();
        for (Cell cell : catalog.getCells(table)) {
          if (!seen.contains(cell)) {
            missing.add(cell.getAddress());
          }
        }
        if (!missing.isEmpty()) {
          throw new ReportReadException(source, "line " + lastLine, "table " + table.getNumeral() + " lacks "
              + missing.size() + " cell record(s): " + String.join(", ", missing.subList(0, Math.min(5,
              missing.size()))) + (missing.size() > 5 ? ", …" : ""));
        }
      }
      sheet.applyTo(builder);
      builder.edition(edition).year(year).body(body).sections(sections).extraRows(extras).printed(printed);
      try {
        return builder.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new ReportReadException(source, "line " + first.line, "not a valid report: " + e.getMessage(), e);
      }
    }

    private Edition catalogEdition(Map<String, CsvParser.Record> meta, String key, CsvParser.Record first)
        throws ReportReadException {
      CsvParser.Record record = meta.get(key);
      if (record == null) {
        throw new ReportReadException(source, "line " + first.line, "missing meta record " + key);
      }
      Edition edition = enumValue(record, CsvFormat.VALUE, Edition.class);
      if (!edition.isOfficial()) {
        throw error(record, CsvFormat.VALUE, "a table edition must be GOV_2019 or GOV_2021: " + edition);
      }
      return edition;
    }

    private void meta(CsvParser.Record record, ImmutableReport.Builder builder) throws ReportReadException {
      String key = record.fields.get(CsvFormat.ADDRESS);
      String value = record.fields.get(CsvFormat.VALUE);
      if (value == null) {
        throw error(record, CsvFormat.VALUE, "missing value of meta record " + key);
      }
      switch (key) {
        case CsvFormat.CATALOG_T2:
        case CsvFormat.CATALOG_T3:
          break;
        case "level":
          try {
            builder.level(BodyLevel.ofId(value));
          } catch (IllegalArgumentException e) {
            throw error(record, CsvFormat.VALUE, e.getMessage());
          }
          break;
        case "title":
          builder.title(value);
          break;
        case "publish_date":
          try {
            builder.publishDate(LocalDate.parse(value));
          } catch (DateTimeParseException e) {
            throw error(record, CsvFormat.VALUE, "expected a date such as 2022-01-31, got \"" + value + "\"");
          }
          break;
        case "index_number":
          builder.indexNumber(value);
          break;
        case "document_number":
          builder.documentNumber(value);
          break;
        case "cited_notice":
          builder.citedNotice(value);
          break;
        case "issuer":
          builder.issuer(value);
          break;
        case "source_url":
          builder.sourceUrl(value);
          break;
        default:
          throw error(record, CsvFormat.ADDRESS, "unknown meta key: " + key);
      }
    }

    private void section(CsvParser.Record record, Map<Section, String> sections) throws ReportReadException {
      Section section;
      try {
        section = Section.ofId(required(record, CsvFormat.ADDRESS));
      } catch (IllegalArgumentException e) {
        throw error(record, CsvFormat.ADDRESS, e.getMessage());
      }
      expect(record, CsvFormat.ROW_LABEL, section.getTitle());
      String text = record.fields.get(CsvFormat.VALUE);
      if (text == null) {
        throw error(record, CsvFormat.VALUE, "missing text of section " + section.getId());
      }
      if (sections.put(section, text) != null) {
        throw error(record, CsvFormat.ADDRESS, "section given twice: " + section.getId());
      }
    }

    private void cell(CsvParser.Record record, Catalog catalog, CellSheet sheet, Map<String, String> printedTexts,
        Set<Cell> seen) throws ReportReadException {
      String address = required(record, CsvFormat.ADDRESS);
      Cell cell = catalog.find(address).orElseThrow(() -> error(record, CsvFormat.ADDRESS,
          "no cell " + address + " in the " + catalog));
      if (!seen.add(cell)) {
        throw error(record, CsvFormat.ADDRESS, "cell given twice: " + address);
      }
      expect(record, CsvFormat.TABLE, cell.getTable().getNumeral());
      expect(record, CsvFormat.ROW_LABEL, String.join(CsvFormat.PATH_SEPARATOR, cell.getRowPath()));
      expect(record, CsvFormat.COLUMN_LABEL, String.join(CsvFormat.PATH_SEPARATOR, cell.getColumnPath()));
      CellState state = enumValue(record, CsvFormat.STATE, CellState.class);
      String printed = record.fields.get(CsvFormat.PRINTED);
      CellValue value;
      if (state != CellState.VALUE) {
        for (int column : new int[] {CsvFormat.VALUE, CsvFormat.UNIT, CsvFormat.AMOUNT, CsvFormat.UNIT_ASSUMED}) {
          if (record.fields.get(column) != null) {
            throw error(record, column, "must be empty for a " + state.name().toLowerCase(Locale.ROOT) + " cell");
          }
        }
        value = state == CellState.BLANK
            ? (printed == null ? CellValue.blank() : CellValue.blank(printed))
            : CellValue.unresolved(printed == null ? "" : printed);
      } else if (cell.getKind() == CellKind.MONEY) {
        value = CellValue.of(money(record, printed));
        printed = null;
      } else {
        for (int column : new int[] {CsvFormat.UNIT, CsvFormat.AMOUNT, CsvFormat.UNIT_ASSUMED}) {
          if (record.fields.get(column) != null) {
            throw error(record, column, "must be empty for a count cell");
          }
        }
        long count = count(record);
        value = printed == null ? CellValue.of(count) : CellValue.of(count).withPrinted(printed);
      }
      if (printed != null) {
        printedTexts.put(address, printed);
      }
      sheet.put(cell, value);
    }

    private long count(CsvParser.Record record) throws ReportReadException {
      String text = required(record, CsvFormat.VALUE);
      long count;
      try {
        count = Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error(record, CsvFormat.VALUE, "expected a whole number, got \"" + text + "\"");
      }
      return count;
    }

    private Money money(CsvParser.Record record, String printed) throws ReportReadException {
      MoneyUnit unit;
      try {
        unit = MoneyUnit.ofLabel(required(record, CsvFormat.UNIT));
      } catch (IllegalArgumentException e) {
        throw error(record, CsvFormat.UNIT, e.getMessage());
      }
      BigDecimal amount = decimal(record, CsvFormat.AMOUNT);
      BigDecimal yuan = decimal(record, CsvFormat.VALUE);
      String assumed = required(record, CsvFormat.UNIT_ASSUMED);
      if (!assumed.equals("true") && !assumed.equals("false")) {
        throw error(record, CsvFormat.UNIT_ASSUMED, "expected true or false, got \"" + assumed + "\"");
      }
      Money money = Money.of(amount, unit).withUnitAssumed(Boolean.parseBoolean(assumed));
      if (money.getYuan().compareTo(yuan) != 0) {
        throw error(record, CsvFormat.VALUE, "value " + yuan.toPlainString() + " 元 is not the amount "
            + amount.toPlainString() + unit.getLabel() + " = " + money.getYuan().toPlainString() + " 元");
      }
      return printed == null ? money : money.withPrinted(printed);
    }

    private ExtraRow extra(CsvParser.Record record) throws ReportReadException {
      String address = required(record, CsvFormat.ADDRESS);
      String[] parts = address.split("\\.", -1);
      ImmutableExtraRow.Builder extra = ExtraRow.builder();
      try {
        TableId table = TableId.ofId(parts[0]);
        extra.table(table);
        if (parts.length > 2 || (parts.length == 2 && table != TableId.PROACTIVE)) {
          throw new IllegalArgumentException("expected t2.<block>, t3 or t4, got " + address);
        }
        if (parts.length == 2) {
          extra.block(ProactiveBlock.ofId(parts[1]));
        }
        expect(record, CsvFormat.TABLE, table.getNumeral());
      } catch (IllegalArgumentException e) {
        throw error(record, CsvFormat.ADDRESS, e.getMessage());
      }
      String label = record.fields.get(CsvFormat.ROW_LABEL);
      if (label == null) {
        throw error(record, CsvFormat.ROW_LABEL, "missing label of the extra row");
      }
      extra.label(label);
      if (record.fields.get(CsvFormat.VALUE) != null) {
        extra.after(record.fields.get(CsvFormat.VALUE));
      }
      String cells = required(record, CsvFormat.PRINTED);
      try {
        extra.cells(JSON.readValue(cells, new TypeReference<List<String>>() {}));
      } catch (JsonProcessingException e) {
        throw error(record, CsvFormat.PRINTED, "expected a JSON array of texts, e.g. [\"1\",\"-\"]: "
            + e.getOriginalMessage());
      }
      return extra.build();
    }

    private void same(CsvParser.Record record, CsvParser.Record first, int column) throws ReportReadException {
      String expected = first.fields.get(column);
      String found = record.fields.get(column);
      if (found == null ? expected != null : !found.equals(expected)) {
        throw error(record, column, "differs from line " + first.line + ": expected \"" + expected + "\", got \""
            + found + "\"");
      }
    }

    private void expect(CsvParser.Record record, int column, String expected) throws ReportReadException {
      String found = record.fields.get(column);
      if (!expected.equals(found)) {
        throw error(record, column, "expected \"" + expected + "\", got \"" + (found == null ? "" : found) + "\"");
      }
    }

    private String required(CsvParser.Record record, int column) throws ReportReadException {
      String value = record.fields.get(column);
      if (value == null || value.isEmpty()) {
        throw error(record, column, "missing " + CsvFormat.COLUMNS.get(column));
      }
      return value;
    }

    private int integer(CsvParser.Record record, int column) throws ReportReadException {
      String text = required(record, column);
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(record, column, "expected a whole number, got \"" + text + "\"");
      }
    }

    private BigDecimal decimal(CsvParser.Record record, int column) throws ReportReadException {
      String text = required(record, column);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw error(record, column, "expected a decimal number, got \"" + text + "\"");
      }
    }

    private <E extends Enum<E>> E enumValue(CsvParser.Record record, int column, Class<E> type)
        throws ReportReadException {
      String text = required(record, column);
      Map<String, E> names = new HashMap<>();
      for (E constant : type.getEnumConstants()) {
        names.put(column == CsvFormat.STATE ? constant.name().toLowerCase(Locale.ROOT) : constant.name(), constant);
      }
      E value = names.get(text);
      if (value == null) {
        throw error(record, column, "expected one of " + new java.util.TreeSet<>(names.keySet()) + ", got \"" + text
            + "\"");
      }
      return value;
    }

    private ReportReadException error(CsvParser.Record record, int column, String reason) {
      return new ReportReadException(source, "line " + record.line + ", column " + (column + 1) + " ("
          + CsvFormat.COLUMNS.get(column) + ")", reason);
    }
  }
}

package io.github.xxgk.disclosure.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.ImmutableExtraRow;
import io.github.xxgk.disclosure.model.ImmutableReport;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.MoneyUnit;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one canonical JSON report from a streaming parser in one pass, key order free, without a tree and without
 * reflection. Not thread-safe; one instance may read many reports in turn (JSON lines).
 */
final class ReportJsonReader {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern JACKSON_HINT = Pattern.compile(",\\s*from `[^`]*`|\\s*\\(?[Uu]se `[^`]*`[^)]*\\)?");
  /** A location inside the parser's message, e.g. {@code [Source: REDACTED (…); line: 1, column: 1]}. */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  /** Counts are mostly small: share their (immutable) values instead of allocating two objects per cell. */
  private static final CellValue[] SMALL = new CellValue[1024];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = CellValue.of(i);
    }
  }

  /** One bit per key name of the objects of the format, to find duplicate keys without allocating. */
  private static final Map<String, Integer> KEY_BITS = new HashMap<>();

  static {
    String[] names = {"edition", "year", "body", "level", "title", "publish_date", "index_number", "document_number",
        "cited_notice", "issuer", "source_url", "sections", "tables", "extra_rows", "printed", "state", "value",
        "amount", "unit", "unit_assumed", "cell_printed", "table", "block", "label", "cells", "after"};
    for (int i = 0; i < names.length; i++) {
      KEY_BITS.put(names[i], 1 << i);
    }
  }

  private static final int VALUE_BIT = KEY_BITS.get("value");
  private static final int PRINTED_BIT = KEY_BITS.get("printed");

  /** The optional plain-text keys of a report, each with where its text goes. */
  private static final Map<String, BiConsumer<ImmutableReport.Builder, String>> TEXT_KEYS = Map.of(
      "title", ImmutableReport.Builder::title,
      "index_number", ImmutableReport.Builder::indexNumber,
      "document_number", ImmutableReport.Builder::documentNumber,
      "cited_notice", ImmutableReport.Builder::citedNotice,
      "issuer", ImmutableReport.Builder::issuer,
      "source_url", ImmutableReport.Builder::sourceUrl);

  /** The expected keys of a count cell object, in the writer's order. */
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString PRINTED = new SerializedString("printed");

  /**
   * The per-cell arrays of a reader, which the next reader of the same thread reuses instead of allocating them per
   * document; a reader created while another one reads (a JSON lines sink reading JSON) gets its own.
   */
  private static final class Scratch {
    final CellValue[] values = new CellValue[JsonShape.keyCount()];
    final String[] printed = new String[JsonShape.keyCount()];
    final CellState[] states = new CellState[JsonShape.keyCount()];
    final boolean[] present = new boolean[JsonShape.keyCount()];
    final List<JsonShape.Key> seen = new ArrayList<>(256);
    /** Per row and block id: whether this report holds it, to find duplicate rows and blocks. */
    final boolean[] partSeen = new boolean[JsonShape.partCount()];
    final int[] partsSeen = new int[JsonShape.partCount()];
    boolean inUse;
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final JsonParser p;
  private final String source;
  private final Scratch scratch;
  private final boolean[] partSeen;
  /** The ids of the rows and blocks read, the first {@link #partsRead} of them. */
  private final int[] partsSeen;
  private int partsRead;
  /** Whether the key {@link #nextKey} moved to is the one it expected. */
  private boolean predicted;

  // per-cell state, indexed by JsonShape.Key.index; reset after each report
  private final CellValue[] values;
  private final String[] printed;
  private final CellState[] states;
  // where cells read before their table's edition was known are, for errors found once it is (rarely needed)
  private int[] lines;
  private int[] columns;
  private final boolean[] present;
  private final List<JsonShape.Key> seen;

  // per-report state
  private Edition edition;
  /** The edition each table names, by table ordinal (null: none named); looked up per cell. */
  private final Edition[] tableEditions = new Edition[TableId.values().length];
  private final Map<TableId, JsonLocation> tableStarts = new EnumMap<>(TableId.class);
  private JsonLocation start;

  /** Returns a reader of the parser's reports; {@link #release()} it when done. */
  ReportJsonReader(JsonParser parser, String source) {
    this.p = parser;
    this.source = source;
    Scratch shared = SCRATCH.get();
    this.scratch = shared.inUse ? new Scratch() : shared;
    scratch.inUse = true;
    this.values = scratch.values;
    this.printed = scratch.printed;
    this.states = scratch.states;
    this.present = scratch.present;
    this.seen = scratch.seen;
    this.partSeen = scratch.partSeen;
    this.partsSeen = scratch.partsSeen;
  }

  /** Hands the per-cell arrays (cleared after each report) to the next reader of this thread. */
  void release() {
    scratch.inUse = false;
  }

  /** Reads the next JSON value of the parser as a report; returns null at the end of the input. */
  Report next() throws ReportReadException {
    JsonToken token = guarded(p::nextToken);
    return token == null ? null : readCurrent();
  }

  /** Reads the report whose first token is the parser's current token. */
  Report readCurrent() throws ReportReadException {
    try {
      return guarded(this::report);
    } finally {
      reset();
    }
  }

  /** Fails unless the input has nothing after the report. */
  void expectEnd() throws ReportReadException {
    guarded(() -> {
      if (p.nextToken() != null) {
        throw fail("unexpected content after the report: " + describe());
      }
      return null;
    });
  }

  /** Runs a step of reading, turning what the parser or the input throws into a {@link ReportReadException}. */
  private <T> T guarded(Step<T> step) throws ReportReadException {
    try {
      return step.run();
    } catch (ReportReadException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new ReportReadException(source, position(p.currentLocation()), "cannot read the input: " + e.getMessage(),
          e);
    }
  }

  @FunctionalInterface
  private interface Step<T> {
    T run() throws IOException;
  }

  private void reset() {
    for (JsonShape.Key key : seen) {
      values[key.index] = null;
      printed[key.index] = null;
      states[key.index] = null;
      present[key.index] = false;
    }
    seen.clear();
    for (int i = 0; i < partsRead; i++) {
      partSeen[partsSeen[i]] = false;
    }
    partsRead = 0;
    edition = null;
    Arrays.fill(tableEditions, null);
    tableStarts.clear();
    start = null;
  }

  private Report report() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("expected a report object, got " + describe());
    }
    start = p.currentTokenLocation();
    Integer year = null;
    String body = null;
    ImmutableReport.Builder builder = Report.builder();
    Map<Section, String> sections = new EnumMap<>(Section.class);
    List<ExtraRow> extraRows = new ArrayList<>();
    Map<String, String> outside = null;
    int keys = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      keys = mark(keys, name);
      p.nextToken();
      switch (name) {
        case "edition":
          edition = edition();
          break;
        case "year":
          year = year();
          break;
        case "body":
          body = string();
          if (body.isBlank()) {
            throw fail("body must not be blank");
          }
          break;
        case "level":
          builder.level(level());
          break;
        case "publish_date":
          builder.publishDate(date());
          break;
        case "sections":
          sections(sections);
          break;
        case "tables":
          tables();
          break;
        case "extra_rows":
          extraRows(extraRows);
          break;
        case "printed":
          outside = outside();
          break;
        default:
          BiConsumer<ImmutableReport.Builder, String> text = TEXT_KEYS.get(name);
          if (text == null) {
            throw fail("unknown key");
          }
          text.accept(builder, string());
      }
    }
    required(edition, "edition");
    required(year, "year");
    required(body, "body");
    Catalog catalog = catalog(year);
    CellSheet sheet = CellSheet.of(catalog);
    for (TableId table : tableStarts.keySet()) {
      sheet.include(table);
    }
    int[] counted = new int[TableId.values().length];
    for (JsonShape.Key key : seen) {
      Cell cell = key.cell(key.table == TableId.PROACTIVE ? catalog.getProactiveEdition()
          : catalog.getRequestsEdition());
      if (cell == null) {
        throw failAt("$.tables." + key.address, new JsonLocation(null, -1, lines[key.index], columns[key.index]),
            otherEdition(key));
      }
      counted[key.table.ordinal()]++;
      CellValue value = values[key.index];
      if (value != null) {
        sheet.put(cell, value);
      }
    }
    for (TableId table : tableStarts.keySet()) {
      if (counted[table.ordinal()] == catalog.getCells(table).size()) {
        continue;
      }
      for (Cell cell : catalog.getCells(table)) {
        if (!present[JsonShape.key(cell.getAddress()).index]) {
          throw failAt("$.tables." + rowPath(cell), tableStarts.get(table),
              "missing cell \"" + cell.getColumnId() + "\" (" + cell.getLabelPath() + ")");
        }
      }
    }
    // the sheet holds values only: the printed texts and states go straight to the builder, in document order
    sheet.applyTo(builder);
    for (JsonShape.Key key : seen) {
      if (printed[key.index] != null) {
        builder.putPrinted(key.address, printed[key.index]);
      }
    }
    for (JsonShape.Key key : seen) {
      if (states[key.index] != null) {
        builder.putStates(key.address, states[key.index]);
      }
    }
    if (outside != null) {
      for (Map.Entry<String, String> entry : outside.entrySet()) {
        Cell cell = catalog.find(entry.getKey()).orElse(null);
        if (cell == null) {
          throw failAt("$.printed", start, "no cell " + entry.getKey() + " in the " + catalog);
        }
        if (tableStarts.containsKey(cell.getTable())) {
          throw failAt("$.printed", start,
              "the printed text of a cell of a table the report holds belongs in the cell: " + entry.getKey());
        }
        builder.putPrinted(entry.getKey(), entry.getValue());
      }
    }
    builder.edition(edition).year(year).body(body).sections(sections).extraRows(extraRows);
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failAt("$", start, e.getMessage());
    }
  }

  private void required(Object value, String key) throws ReportReadException {
    if (value == null) {
      throw failAt("$", start, "missing required key \"" + key + "\"");
    }
  }

  private static String rowPath(Cell cell) {
    return cell.getTable().getId() + cell.getBlock().map(b -> "." + b.getId()).orElse("") + "." + cell.getRowId();
  }

  private String otherEdition(JsonShape.Key key) {
    String in = JsonShape.editionsOf(key.address);
    Edition tableEdition = tableEditions[key.table.ordinal()] != null ? tableEditions[key.table.ordinal()] : edition;
    return "cell of the " + in + " edition in a " + tableEdition + " table " + key.table.getNumeral();
  }

  private Catalog catalog(int year) throws ReportReadException {
    Edition fallback = edition.isOfficial() ? edition : Edition.forYear(year);
    Edition proactive = tableEdition(TableId.PROACTIVE);
    Edition requests = tableEdition(TableId.REQUESTS);
    if (proactive == null) {
      proactive = requests == null ? fallback : requests;
    }
    if (requests == null) {
      requests = proactive;
    }
    return Catalog.of(proactive, requests);
  }

  private Edition tableEdition(TableId table) throws ReportReadException {
    if (!tableStarts.containsKey(table)) {
      return null;
    }
    Edition own = tableEditions[table.ordinal()];
    if (own != null) {
      return own;
    }
    if (!edition.isOfficial()) {
      throw failAt("$.tables." + table.getId(), tableStarts.get(table),
          "missing required key \"edition\": a table of a MIXED report names its edition");
    }
    return edition;
  }

  // ---- tables

  private void tables() throws IOException {
    expect(JsonToken.START_OBJECT, "an object of tables");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      TableId table;
      switch (name) {
        case "t2":
          table = TableId.PROACTIVE;
          break;
        case "t3":
          table = TableId.REQUESTS;
          break;
        case "t4":
          table = TableId.REVIEW_LITIGATION;
          break;
        default:
          throw fail("unknown table, expected t2, t3 or t4");
      }
      if (tableStarts.containsKey(table)) {
        throw fail("duplicate key");
      }
      p.nextToken();
      expect(JsonToken.START_OBJECT, "a table object");
      tableStarts.put(table, p.currentTokenLocation());
      if (table == TableId.PROACTIVE) {
        proactive();
      } else {
        rows(table, JsonShape.blocks(table).get(""), table != TableId.REVIEW_LITIGATION);
      }
    }
  }

  private void proactive() throws IOException {
    Map<String, JsonShape.Rows> blocks = JsonShape.blocks(TableId.PROACTIVE);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if ("edition".equals(name)) {
        tableEdition(TableId.PROACTIVE, edition());
        continue;
      }
      JsonShape.Rows rows = blocks.get(name);
      if (rows == null) {
        throw fail("unknown table 二 block, expected one of " + ids(ProactiveBlock.values()));
      }
      once(rows.id);
      expect(JsonToken.START_OBJECT, "a block object");
      rows(TableId.PROACTIVE, rows, false);
    }
  }

  private static String ids(ProactiveBlock[] blocks) {
    StringBuilder s = new StringBuilder();
    for (ProactiveBlock b : blocks) {
      s.append(s.length() == 0 ? "" : ", ").append(b.getId());
    }
    return s.toString();
  }

  private void tableEdition(TableId table, Edition own) throws ReportReadException {
    if (!own.isOfficial()) {
      throw fail("a table is printed in GOV_2019 or GOV_2021, not MIXED");
    }
    if (tableEditions[table.ordinal()] != null) {
      throw fail("duplicate key");
    }
    if (edition != null && edition.isOfficial() && edition != own) {
      throw fail(own + " table in a " + edition + " report (a report with tables of both editions is MIXED)");
    }
    tableEditions[table.ordinal()] = own;
  }

  /**
   * Reads the rows of a table or block. Each next row and column is expected in the order the writer prints them,
   * which lets the parser match its bytes without looking the name up; any other order is read all the same.
   */
  private void rows(TableId table, JsonShape.Rows rows, boolean editionKey) throws IOException {
    JsonShape.Row[] ordered = rows.ordered;
    int next = 0;
    while (nextKey(next < ordered.length ? ordered[next].name : null)) {
      JsonShape.Row row;
      if (predicted) {
        row = ordered[next];
        p.nextToken();
      } else {
        String name = p.currentName();
        p.nextToken();
        if (editionKey && "edition".equals(name)) {
          tableEdition(table, edition());
          continue;
        }
        row = rows.get(name);
        if (row == null) {
          throw fail("unknown row of table " + table.getNumeral());
        }
      }
      once(row.id);
      expect(JsonToken.START_OBJECT, "a row object");
      next = row.position + 1;
      JsonShape.Key[] columns = row.columns;
      int column = 0;
      while (nextKey(column < columns.length ? columns[column].column : null)) {
        JsonShape.Key key = predicted ? columns[column] : row.column(p.currentName());
        if (key == null) {
          throw fail("unknown column of table " + table.getNumeral());
        }
        p.nextToken();
        cell(key);
        column = key.position + 1;
      }
    }
  }

  /**
   * Moves to the next key of the current object, trying the expected name first (null: none); returns false at the
   * end of the object. Sets {@link #predicted} when the key is the expected one.
   */
  private boolean nextKey(SerializableString expected) throws IOException {
    predicted = expected != null && p.nextFieldName(expected);
    return predicted || (expected == null ? p.nextToken() : p.currentToken()) == JsonToken.FIELD_NAME;
  }

  private void cell(JsonShape.Key key) throws IOException {
    if (present[key.index]) {
      throw fail("duplicate key");
    }
    Edition known = tableEditions[key.table.ordinal()];
    if (known == null && edition != null && edition.isOfficial()) {
      known = edition;
    }
    if (known != null) {
      if (key.cell(known) == null) {
        throw fail("cell of the " + JsonShape.editionsOf(key.address) + " edition in a " + known + " table "
            + key.table.getNumeral());
      }
    } else {
      if (lines == null) {
        lines = new int[JsonShape.keyCount()];
        columns = new int[JsonShape.keyCount()];
      }
      JsonLocation location = p.currentTokenLocation();
      lines[key.index] = location.getLineNr();
      columns[key.index] = location.getColumnNr();
    }
    seen.add(key);
    present[key.index] = true;
    JsonToken token = p.currentToken();
    if (key.kind == CellKind.MONEY) {
      if (token == JsonToken.VALUE_NULL) {
        return;
      }
      if (token != JsonToken.START_OBJECT) {
        throw fail("expected an amount object or null, got " + describe());
      }
      money(key);
    } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      values[key.index] = value(count());
    } else if (token == JsonToken.START_OBJECT) {
      countObject(key);
    } else {
      throw fail("expected a whole number or a cell object, got " + describe());
    }
  }

  /** Reads a whole number; a negative count is a data error the rules report (S-T3-3 …), so it is kept. */
  private long count() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail("expected a whole number, got " + describe());
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail("count out of range (at most " + Long.MAX_VALUE + "): " + p.getText());
    }
    return p.getLongValue();
  }

  /** Returns the mask with the bit of the key set, failing if it was set: the key is a duplicate. */
  private int mark(int mask, String name) throws ReportReadException {
    Integer bit = KEY_BITS.get(name);
    return bit == null ? mask : mark(mask, bit.intValue());
  }

  /** Returns the mask with the bit set, failing if it was set: its key is a duplicate. */
  private int mark(int mask, int bit) throws ReportReadException {
    if ((mask & bit) != 0) {
      throw fail("duplicate key");
    }
    return mask | bit;
  }

  /** Fails if the row or block (known by its id) was read before in this report. */
  private void once(int part) throws ReportReadException {
    if (partSeen[part]) {
      throw fail("duplicate key");
    }
    partSeen[part] = true;
    partsSeen[partsRead++] = part;
  }

  private static CellValue value(long count) {
    return count >= 0 && count < SMALL.length ? SMALL[(int) count] : CellValue.of(count);
  }

  private void countObject(JsonShape.Key key) throws IOException {
    CellState state = null;
    Long value = null;
    String text = null;
    int keys = 0;
    SerializableString expected = VALUE;
    while (nextKey(expected)) {
      String name;
      if (predicted) {
        name = expected.getValue();
        keys = mark(keys, expected == VALUE ? VALUE_BIT : PRINTED_BIT);
      } else {
        name = p.currentName();
        keys = mark(keys, name);
      }
      expected = PRINTED;
      p.nextToken();
      switch (name) {
        case "state":
          state = state(state);
          break;
        case "value":
          value = count();
          break;
        case "printed":
          text = string();
          break;
        default:
          throw fail("unknown key of a count cell, expected value, state or printed");
      }
    }
    if (state != null) {
      if (value != null) {
        throw fail("a " + state.name().toLowerCase(Locale.ROOT) + " cell holds no value");
      }
      states[key.index] = state;
    } else if (value == null) {
      throw fail("missing required key \"value\" (or \"state\": \"blank\" or \"unresolved\")");
    } else {
      values[key.index] = value(value);
    }
    printed[key.index] = text;
  }

  private CellState state(CellState previous) throws IOException {
    String text = string();
    if (previous != null) {
      throw fail("duplicate key");
    }
    switch (text) {
      case "blank":
        return CellState.BLANK;
      case "unresolved":
        return CellState.UNRESOLVED;
      default:
        throw fail("unknown cell state \"" + text + "\", expected blank or unresolved");
    }
  }

  private void money(JsonShape.Key key) throws IOException {
    CellState state = null;
    BigDecimal amount = null;
    MoneyUnit unit = null;
    Boolean assumed = null;
    String text = null;
    String cellText = null;
    int keys = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      keys = mark(keys, name);
      p.nextToken();
      switch (name) {
        case "state":
          state = state(state);
          break;
        case "amount":
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT && p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail("expected an amount, got " + describe());
          }
          amount = p.getDecimalValue();
          break;
        case "unit":
          unit = parse(MoneyUnit::ofLabel, t -> "unknown unit \"" + t + "\", expected 元, 万元 or 亿元");
          break;
        case "unit_assumed":
          if (!p.currentToken().isBoolean()) {
            throw fail("expected true or false, got " + describe());
          }
          assumed = p.getBooleanValue();
          break;
        case "printed":
          text = string();
          break;
        case "cell_printed":
          cellText = string();
          break;
        default:
          throw fail("unknown key of an amount, expected amount, unit, unit_assumed, printed, cell_printed or state");
      }
    }
    if (amount == null) {
      if (unit != null || assumed != null || cellText != null) {
        throw fail("missing required key \"amount\"");
      }
      states[key.index] = state;
      printed[key.index] = text;
      return;
    }
    if (state != null) {
      throw fail("a " + state.name().toLowerCase(Locale.ROOT) + " cell holds no amount");
    }
    if (unit == null) {
      throw fail("missing required key \"unit\"");
    }
    Money money = Money.of(amount, unit);
    if (assumed != null) {
      money = money.withUnitAssumed(assumed);
    }
    if (text != null) {
      money = money.withPrinted(text);
    }
    values[key.index] = CellValue.of(money);
    printed[key.index] = cellText;
  }

  // ---- other parts

  private void sections(Map<Section, String> sections) throws IOException {
    expect(JsonToken.START_OBJECT, "an object of section texts");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      Section section = parse(p.currentName(), Section::ofId, t -> "unknown section, expected overview, "
          + "proactive_disclosure, requests, review_litigation, problems_improvements or other_matters");
      if (sections.containsKey(section)) {
        throw fail("duplicate key");
      }
      p.nextToken();
      sections.put(section, string());
    }
  }

  private void extraRows(List<ExtraRow> rows) throws IOException {
    expect(JsonToken.START_ARRAY, "an array of extra rows");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(JsonToken.START_OBJECT, "an extra row object");
      ImmutableExtraRow.Builder row = ExtraRow.builder();
      boolean hasTable = false;
      boolean hasLabel = false;
      boolean hasCells = false;
      JsonLocation at = p.currentTokenLocation();
      String path = path();
      int keys = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        keys = mark(keys, name);
        p.nextToken();
        switch (name) {
          case "table":
            row.table(parse(TableId::ofId, t -> "unknown table \"" + t + "\", expected t2, t3 or t4"));
            hasTable = true;
            break;
          case "block":
            row.block(parse(ProactiveBlock::ofId, t -> "unknown table 二 block \"" + t + "\""));
            break;
          case "label":
            row.label(string());
            hasLabel = true;
            break;
          case "cells":
            expect(JsonToken.START_ARRAY, "an array of printed cells");
            while (p.nextToken() != JsonToken.END_ARRAY) {
              row.addCells(string());
            }
            hasCells = true;
            break;
          case "after":
            row.after(string());
            break;
          default:
            throw fail("unknown key of an extra row, expected table, block, label, cells or after");
        }
      }
      if (!hasTable || !hasLabel || !hasCells) {
        throw failAt(path, at, "missing required key \"" + (!hasTable ? "table" : !hasLabel ? "label" : "cells") + "\"");
      }
      rows.add(row.build());
    }
  }

  private Map<String, String> outside() throws IOException {
    expect(JsonToken.START_OBJECT, "an object of printed texts by cell address");
    Map<String, String> outside = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String address = p.currentName();
      if (JsonShape.key(address) == null) {
        throw fail("unknown cell address");
      }
      if (outside.containsKey(address)) {
        throw fail("duplicate key");
      }
      p.nextToken();
      outside.put(address, string());
    }
    return outside;
  }

  // ---- scalars

  private Edition edition() throws IOException {
    String text = string();
    switch (text) {
      case "GOV_2019":
        return Edition.GOV_2019;
      case "GOV_2021":
        return Edition.GOV_2021;
      case "MIXED":
        return Edition.MIXED;
      default:
        throw fail("unknown edition \"" + clip(text) + "\", expected GOV_2019, GOV_2021 or MIXED");
    }
  }

  private int year() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw fail("expected a year, got " + describe());
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("year out of range: " + p.getText());
    }
    int year = p.getIntValue();
    if (year < 2019) {
      throw fail("year must be >= 2019: " + year);
    }
    return year;
  }

  private BodyLevel level() throws IOException {
    return parse(BodyLevel::ofId, t -> "unknown level \"" + clip(t) + "\"");
  }

  private LocalDate date() throws IOException {
    return parse(ReportJsonReader::isoDate, t -> "expected a date as yyyy-mm-dd, got \"" + clip(t) + "\"");
  }

  /** Parses yyyy-mm-dd without the formatter machinery; any other text as {@link LocalDate#parse}, which words it. */
  private static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** Returns the number the ASCII digits from start to end spell, or -1 where one is not a digit. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + c - '0';
    }
    return value;
  }

  /** Parses the current string token, failing with the reason made from the text where it is not one. */
  private <T> T parse(Function<String, T> parser, UnaryOperator<String> reason) throws IOException {
    return parse(string(), parser, reason);
  }

  private <T> T parse(String text, Function<String, T> parser, UnaryOperator<String> reason)
      throws ReportReadException {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw fail(reason.apply(text));
    }
  }

  private String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail("expected a string, got " + describe());
    }
    return p.getText();
  }

  private void expect(JsonToken token, String what) throws IOException {
    if (p.currentToken() != token) {
      throw fail("expected " + what + ", got " + describe());
    }
  }

  private String describe() throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "\"" + clip(p.getText()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return clip(p.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private static String clip(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  // ---- errors

  private ReportReadException fail(String reason) {
    return failAt(path(), p.currentTokenLocation(), reason);
  }

  private ReportReadException failAt(String path, JsonLocation location, String reason) {
    return new ReportReadException(source, path + position(location), reason);
  }

  private ReportReadException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return new ReportReadException(source, path() + position(location), reason(e), e);
  }

  /** Returns what is wrong, in the words of the parser less its hints about its own configuration. */
  static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    message = message == null ? e.getClass().getSimpleName() : message.split("\n", 2)[0].trim();
    message = JACKSON_HINT.matcher(message).replaceAll("");
    message = JACKSON_LOCATION.matcher(message).replaceAll("line $1, column $2");
    return (e instanceof StreamConstraintsException ? "input exceeds a limit: " : "malformed JSON: ") + message;
  }

  private static String position(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Returns the JSON path of the parser's current token, e.g. {@code $.tables.t3.granted.total}. */
  private String path() {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext context = p.getParsingContext(); context != null; context = context.getParent()) {
      if (context.inObject() && context.getCurrentName() != null) {
        String name = context.getCurrentName();
        parts.add(PLAIN_KEY.matcher(name).matches() ? "." + name
            : "['" + clip(name).replace("\\", "\\\\").replace("'", "\\'") + "']");
      } else if (context.inArray() && context.hasCurrentIndex()) {
        parts.add("[" + context.getCurrentIndex() + "]");
      }
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      path.append(parts.get(i));
    }
    return path.toString();
  }
}

package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReadingDiagnostic.Kind;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellSheet;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.ImmutableReport;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.TableId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link PrintedDocument} of any format into a report: rows are matched to the catalog by their labels
 * (known variants folded), the edition is detected from the labels (FORMAT.md §4.2, MIXED included), values are
 * parsed with their printed text kept, runs of digits are split with the catalog's cell counts and the arithmetic
 * identities, and every anomaly becomes a {@link ReadingDiagnostic} with its position. Thread-safe.
 */
public final class ReportMapper {
  private static final ReportMapper INSTANCE = new ReportMapper();
  private static final int COMBINATION_LIMIT = 50_000;
  /** A part of a split that stands for no count (blank, not a number, beyond the long range). */
  private static final long UNKNOWN = Long.MIN_VALUE;
  private static final int REVIEW_CELLS = 15;
  private static final int LOOK_AHEAD = 3;

  private static final List<String> MARKERS_T2_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量",
      "上一年项目数量", "其他对外管理服务事项", "政府集中采购", "采购总金额", "采购项目数量");
  private static final List<String> MARKERS_T2_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数",
      "本年处理决定数量", "本年收费金额");
  private static final List<String> HEADER_WORDS = List.of("自然人", "法人", "信息内容", "申请人", "总计", "数量",
      "结果维持", "结果纠正", "审结", "复议", "诉讼", "企业", "机构", "组织");
  private static final List<String> REVIEW_WORDS = List.of("复议", "诉讼", "结果维持", "结果纠正", "尚未审结");
  private static final Pattern YEAR = Pattern.compile("(20[1-9][0-9])\\s*年");
  private static final Pattern STATED_YEAR = Pattern.compile("报告年度\\s*[:：]?\\s*(20[1-9][0-9])");
  private static final Pattern DATE = Pattern.compile(
      "(?:发文|发布|成文|印发|公开)(?:日期|时间)\\s*[:：]?\\s*(20[0-9]{2})\\s*[-年./]\\s*([0-9]{1,2})\\s*[-月./]\\s*([0-9]{1,2})");
  private static final Pattern INDEX = Pattern.compile("索\\s*引\\s*号\\s*[:：]\\s*([^\\s|]+)");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("文\\s*号\\s*[:：]\\s*([^\\s|]+)");
  private static final Pattern BODY = Pattern.compile("报告机关\\s*[:：]\\s*(\\S.*)");
  private static final Pattern ISSUER = Pattern.compile("发布机构\\s*[:：]\\s*([^\\s|]+)");
  private static final Pattern NOTICE = Pattern.compile("国办公开办函\\s*[〔\\[(（]\\s*(20[0-9]{2})\\s*[〕\\])）]\\s*([0-9]+)\\s*号");
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("[(（]?\\s*20[0-9]{2}\\s*年度?\\s*[)）]?");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The row address each label entry names, found once. */
  private static final Map<Labels.Entry, String> ADDRESSES = new HashMap<>();

  static {
    for (Labels.Entry entry : Labels.entries()) {
      ADDRESSES.put(entry, Run.addressOf(entry));
    }
  }

  private ReportMapper() {}

  /** Returns the mapper. */
  public static ReportMapper of() {
    return INSTANCE;
  }

  /**
   * Maps the document to a report with its reading diagnostics.
   *
   * @throws ReportReadException when the report year cannot be found (the one fact a report cannot lack)
   */
  public ReadResult map(PrintedDocument document) throws ReportReadException {
    return new Run(document).map();
  }

  /** A printed row matched to (or kept beside) the catalog. */
  private static final class Found {
    final Labels.Entry entry;
    final boolean exactLabel;
    final String label;
    final List<PrintedCell> values;
    final Position position;
    final TableId table;
    /** Whether the source marks the row as not in the official format. */
    final boolean extra;

    Found(Labels.Entry entry, boolean exactLabel, String label, List<PrintedCell> values, Position position,
        TableId table) {
      this(entry, exactLabel, label, values, position, table, false);
    }

    Found(Labels.Entry entry, boolean exactLabel, String label, List<PrintedCell> values, Position position,
        TableId table, boolean extra) {
      this.extra = extra;
      this.entry = entry;
      this.exactLabel = exactLabel;
      this.label = label;
      this.values = values;
      this.position = position;
      this.table = table;
    }
  }

  /** The state of one mapping. */
  private static final class Run {
    private final PrintedDocument document;
    private final List<ReadingDiagnostic> diagnostics = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();
    private final List<PrintedCell> t4 = new ArrayList<>();
    private final StringBuilder headers = new StringBuilder();
    private final List<ExtraRow> extraRows = new ArrayList<>();
    /** Every printed row's label cells and position, to tell a row printed without values (spaces removed there). */
    private final List<Map.Entry<String, Position>> printedLabels = new ArrayList<>();
    private Position t4Position;
    private int t4Count;
    private CellSheet sheet;
    private Catalog catalog;

    Run(PrintedDocument document) {
      this.document = document;
    }

    ReadResult map() throws ReportReadException {
      scan();
      Edition edition = detectEdition();
      sheet = CellSheet.of(catalog);
      assignRows();
      assignReview();
      ImmutableReport.Builder builder = Report.builder();
      metadata(builder);
      sheet.applyTo(builder);
      builder.edition(reportEdition(edition));
      builder.sections(document.getSections());
      builder.extraRows(extraRows);
      return ReadResult.of(builder.build(), diagnostics);
    }

    // ---- scanning rows ----------------------------------------------------------------------------------

    private void scan() {
      TableId context = null;
      boolean inReview = false;
      for (PrintedTable table : document.getTables()) {
        String caption = table.getCaption().map(Labels::key).orElse("");
        headers.append(caption);
        if (caption.contains("复议") && caption.contains("诉讼")) {
          inReview = true;
        }
        for (PrintedRow row : table.getRows()) {
          Deadline.check("mapping the row at ", row.getPosition());
          List<PrintedCell> cells = row.getCells();
          if (row.isExtra() && !cells.isEmpty()) {
            TableId in = inReview ? TableId.REVIEW_LITIGATION : context == null ? TableId.PROACTIVE : context;
            found.add(new Found(null, false, cells.get(0).getText().strip(), cells.subList(1, cells.size()),
                row.getPosition(), in, true));
            continue;
          }
          int split = cells.size();
          while (split > 0 && (cells.get(split - 1).isUnresolved() || Values.isValueLike(cells.get(split - 1).getText()))) {
            split--;
          }
          StringBuilder label = new StringBuilder();
          for (int i = 0; i < split; i++) {
            label.append(cells.get(i).getText().strip());
          }
          List<PrintedCell> values = cells.subList(split, cells.size());
          String labelText = label.toString();
          printedLabels.add(Map.entry(labelText, row.getPosition()));
          String key = Labels.key(labelText);
          boolean numeric = false;
          boolean marked = false;
          for (PrintedCell c : values) {
            numeric |= c.isUnresolved() || Values.hasDigit(c.getText());
            marked |= !c.getText().isBlank() && Values.isBlank(c.getText());
          }
          // in table 四 a row of blank markers only (-, 无, /) is its data row printed blank, not a header
          boolean blankReviewRow = inReview && marked && t4Count < REVIEW_CELLS;
          if (key.contains("复议") && (key.contains("诉讼") || key.contains("结果"))) {
            inReview = true;
          }
          boolean reviewWords = false;
          for (String w : REVIEW_WORDS) {
            reviewWords |= key.contains(w);
          }
          if (values.isEmpty() || (!numeric && !blankReviewRow && !blankDataRow(key))) {
            headers.append(key).append('\n');
            continue;
          }
          if (inReview && t4Count < REVIEW_CELLS && (key.isEmpty() || Labels.match(key).isEmpty() || reviewWords)) {
            if (!numeric && !blankReviewRow) {
              headers.append(key).append('\n');
              continue;
            }
            if (t4Position == null) {
              t4Position = row.getPosition();
            }
            t4.addAll(values);
            for (PrintedCell c : values) {
              t4Count += c.isUnresolved() || Values.hasDigit(c.getText()) || Values.isBlank(c.getText()) ? 1 : 0;
            }
            continue;
          }
          Optional<Labels.Match> match = Labels.match(key);
          if (match.isPresent()) {
            context = match.get().entry.table;
            found.add(new Found(match.get().entry, match.get().exact, labelText.strip(), values,
                row.getPosition(), context));
          } else {
            found.add(new Found(null, false, labelText.strip(), values, row.getPosition(),
                context == null ? TableId.PROACTIVE : context));
          }
          headers.append(key).append('\n');
        }
      }
    }

    /** Returns the text without the characters {@code \\s} matches (as {@code replaceAll("\\s+", "")} would). */
    private static String withoutWhitespace(CharSequence text) {
      StringBuilder b = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\u000b' && c != '\f' && c != '\r') {
          b.append(c);
        }
      }
      return b.toString();
    }

    /** Returns whether a row of blank values is a data row (its label names a row and nothing else). */
    private static boolean blankDataRow(String key) {
      Optional<Labels.Match> match = Labels.match(key);
      if (match.isEmpty()) {
        return false;
      }
      String prefix = key.endsWith(match.get().entry.key)
          ? key.substring(0, key.length() - match.get().entry.key.length()) : key;
      for (String header : HEADER_WORDS) {
        if (prefix.contains(header)) {
          return false;
        }
      }
      return true;
    }

    // ---- edition ----------------------------------------------------------------------------------------

    private Edition detectEdition() {
      String text = headers.toString();
      boolean a2 = false;
      boolean b2 = false;
      for (String m : MARKERS_T2_2019) {
        a2 |= text.contains(Labels.key(m));
      }
      a2 |= text.contains("本年增减");
      for (String m : MARKERS_T2_2021) {
        b2 |= text.contains(Labels.key(m));
      }
      boolean a3 = false;
      boolean b3 = false;
      String previous = null;
      for (Found f : found) {
        if (f.entry == null || f.entry.table != TableId.REQUESTS) {
          continue;
        }
        if (f.entry.rowId.equals(RequestRow.OTHER_NO_CORRECTION_OVERDUE.getId())
            || f.entry.rowId.equals(RequestRow.OTHER_FEE_UNPAID_OVERDUE.getId())) {
          b3 = true;
        }
        if (f.entry.rowId.equals(RequestRow.OUTCOMES_TOTAL.getId())
            && RequestRow.OTHER_HANDLING.getId().equals(previous)) {
          a3 = true;
        }
        previous = f.entry.rowId;
      }
      Edition t2 = a2 && !b2 ? Edition.GOV_2019 : b2 && !a2 ? Edition.GOV_2021 : null;
      Edition t3 = a3 && !b3 ? Edition.GOV_2019 : b3 && !a3 ? Edition.GOV_2021 : null;
      if (a2 && b2) {
        diagnostics.add(ReadingDiagnostic.of(Kind.EDITION_MIXED, "table 二",
            "table 二 prints column labels of both editions; the 2021 edition is assumed"));
        t2 = Edition.GOV_2021;
      }
      if (t2 == null && t3 == null) {
        Edition inferred = Edition.forYear(yearOrZero());
        diagnostics.add(ReadingDiagnostic.of(Kind.EDITION_INFERRED, "tables",
            "no edition markers in the tables; the edition in force for the report year is assumed: " + inferred));
        t2 = inferred;
        t3 = inferred;
      } else if (t2 == null) {
        t2 = t3;
      } else if (t3 == null) {
        t3 = t2;
      }
      catalog = Catalog.of(t2, t3);
      if (t2 != t3) {
        diagnostics.add(ReadingDiagnostic.of(Kind.EDITION_MIXED, "tables",
            "table 二 is printed in the " + name(t2) + " edition and table 三 in the " + name(t3) + " edition"));
        return Edition.MIXED;
      }
      return t2;
    }

    /**
     * Returns the edition of the report as read: {@code MIXED} only when tables 二 and 三 were both read, in the
     * editions their headers and rows showed; with one of them missing, the edition of the other (or, with neither,
     * of table 三's catalog).
     */
    private Edition reportEdition(Edition detected) {
      if (detected != Edition.MIXED) {
        return detected;
      }
      boolean proactive = sheet.includes(TableId.PROACTIVE);
      boolean requests = sheet.includes(TableId.REQUESTS);
      if (proactive && requests) {
        return Edition.MIXED;
      }
      Edition edition = proactive ? catalog.getProactiveEdition() : catalog.getRequestsEdition();
      diagnostics.add(ReadingDiagnostic.of(Kind.EDITION_MIXED, "tables",
          "table " + (proactive ? "三" : "二") + " was not found; the report is read in the " + name(edition)
              + " edition"));
      return edition;
    }

    private static String name(Edition edition) {
      return edition == Edition.GOV_2019 ? "2019" : "2021";
    }

    // ---- rows -------------------------------------------------------------------------------------------

    /** Pending candidate splits of table 三 rows, resolved by the column identities. */
    private final Map<CatalogRow, List<List<String>>> pending = new LinkedHashMap<>();
    private final Map<CatalogRow, Found> pendingSource = new HashMap<>();

    private void assignRows() {
      Map<String, Found> byRow = new HashMap<>();
      CatalogRow last = null;
      List<Found> unlabelled = new ArrayList<>();
      for (Found f : found) {
        Deadline.check("mapping the row at ", f.position);
        if (f.extra) {
          diagnostics.add(ReadingDiagnostic.of(Kind.UNKNOWN_ROW, f.position.toString(),
              "row \"" + f.label + "\" is marked as not in the official format; kept as an extra row"));
          extra(f, f.table == TableId.REVIEW_LITIGATION ? null : last);
          continue;
        }
        Optional<CatalogRow> row = f.entry == null ? Optional.empty()
            : catalog.findRow(rowAddress(f.entry));
        if (f.entry != null && row.isEmpty()) {
          diagnostics.add(ReadingDiagnostic.of(Kind.UNKNOWN_ROW, f.position.toString(),
              "row \"" + f.label + "\" belongs to the other edition of the tables; kept as an extra row"));
          extra(f, last);
          continue;
        }
        if (row.isEmpty() && f.entry == null && last != null) {
          row = nextByPosition(last, f, byRow);
          if (row.isPresent()) {
            diagnostics.add(ReadingDiagnostic.of(Kind.LABEL_MISMATCH, f.position.toString(),
                "label \"" + f.label + "\" read by position and likeness as \"" + row.get().getLabel() + "\"")
                .withCell(row.get().getAddress()));
            byRow.put(row.get().getAddress(), f);
            last = row.get();
            values(row.get(), f);
            continue;
          }
        }
        if (row.isEmpty() && f.label.isEmpty() && f.table == TableId.REQUESTS) {
          unlabelled.add(f);
          continue;
        }
        if (row.isEmpty()) {
          diagnostics.add(ReadingDiagnostic.of(Kind.UNKNOWN_ROW, f.position.toString(),
              "row \"" + f.label + "\" is not in the official format; kept as an extra row"));
          extra(f, last);
          continue;
        }
        if (byRow.containsKey(row.get().getAddress())) {
          diagnostics.add(ReadingDiagnostic.of(Kind.UNKNOWN_ROW, f.position.toString(),
              "row \"" + f.label + "\" is printed a second time; the first one is used and this one kept as an "
                  + "extra row").withCell(row.get().getAddress()));
          extra(f, last);
          continue;
        }
        if (!f.exactLabel) {
          diagnostics.add(ReadingDiagnostic.of(Kind.LABEL_MISMATCH, f.position.toString(),
              "label \"" + f.label + "\" read as \"" + row.get().getLabel() + "\"").withCell(row.get().getAddress()));
        }
        byRow.put(row.get().getAddress(), f);
        last = row.get();
        sheet.include(row.get().getTable());
        values(row.get(), f);
      }
      placeUnlabelled(unlabelled, byRow);
      resolvePending();
      for (TableId table : List.of(TableId.PROACTIVE, TableId.REQUESTS)) {
        if (!sheet.includes(table)) {
          diagnostics.add(ReadingDiagnostic.of(Kind.MISSING_TABLE, "tables",
              "table " + table.getNumeral() + " (" + table.getTitle() + ") was not found"));
          continue;
        }
        for (CatalogRow row : catalog.getRows(table)) {
          if (!byRow.containsKey(row.getAddress())) {
            Optional<Position> printedAt = printedWithoutValues(row);
            if (printedAt.isPresent()) {
              diagnostics.add(ReadingDiagnostic.of(Kind.CELL_COUNT, printedAt.get().toString(),
                  "row \"" + row.getLabel() + "\" is printed without values; its " + row.getCells().size()
                      + " cells are unresolved").withCell(row.getAddress()));
            } else {
              diagnostics.add(ReadingDiagnostic.of(Kind.MISSING_ROW, "table " + table.getNumeral(),
                  "row \"" + row.getLabel() + "\" was not found").withCell(row.getAddress()));
            }
            for (Cell cell : row.getCells()) {
              sheet.put(cell, CellValue.unresolved(""));
            }
          }
        }
      }
    }

    /** Returns where a row's label is printed (alone or run into another row's label) when it has no values. */
    private Optional<Position> printedWithoutValues(CatalogRow row) {
      String label = WHITESPACE.matcher(row.getLabel()).replaceAll("");
      for (Map.Entry<String, Position> printed : printedLabels) {
        if (withoutWhitespace(printed.getKey()).contains(label)) {
          return Optional.of(printed.getValue());
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the catalog row printed after {@code last} when the unmatched label is like its label (at least half
     * of its characters in order) and the row prints as many values as it has cells.
     */
    private Optional<CatalogRow> nextByPosition(CatalogRow last, Found f, Map<String, Found> byRow) {
      List<CatalogRow> rows = catalog.getRows(last.getTable());
      String key = Labels.key(f.label);
      int count = tokens(f.values).size();
      for (int i = rows.indexOf(last) + 1; i >= 1 && i < rows.size() && i <= rows.indexOf(last) + LOOK_AHEAD; i++) {
        CatalogRow next = rows.get(i);
        if (byRow.containsKey(next.getAddress()) || count != next.getCells().size()) {
          continue;
        }
        String expected = Labels.key(next.getLabel());
        int common = Labels.commonSubsequence(key, expected);
        if (2 * common >= expected.length() || key.length() >= 4 && 5 * common >= 4 * key.length()) {
          return Optional.of(next);
        }
      }
      return Optional.empty();
    }

    private void placeUnlabelled(List<Found> unlabelled, Map<String, Found> byRow) {
      for (Found f : unlabelled) {
        CatalogRow target = null;
        for (CatalogRow row : catalog.getRows(TableId.REQUESTS)) {
          if (!byRow.containsKey(row.getAddress())) {
            target = row;
            break;
          }
        }
        if (target == null || tokens(f.values).size() != target.getCells().size()) {
          diagnostics.add(ReadingDiagnostic.of(Kind.UNKNOWN_ROW, f.position.toString(),
              "row of values without a label could not be placed; kept as an extra row"));
          extra(f, null);
          continue;
        }
        diagnostics.add(ReadingDiagnostic.of(Kind.LABEL_MISMATCH, f.position.toString(),
            "row of values without a label placed by position as \"" + target.getLabel() + "\"")
            .withCell(target.getAddress()));
        byRow.put(target.getAddress(), f);
        values(target, f);
      }
    }

    private void extra(Found f, CatalogRow after) {
      List<String> cells = new ArrayList<>();
      for (PrintedCell c : f.values) {
        cells.add(c.getText().strip());
      }
      // a row printed after a row of table 二 is in that row's 第二十条 block
      Optional<ProactiveBlock> block = f.table == TableId.PROACTIVE && after != null
          && after.getTable() == TableId.PROACTIVE ? after.getBlock() : Optional.empty();
      extraRows.add(ExtraRow.builder().table(f.table).block(block).label(f.label).cells(cells)
          .after(Optional.ofNullable(after).map(CatalogRow::getAddress)).build());
    }

    private static String rowAddress(Labels.Entry entry) {
      String address = ADDRESSES.get(entry);
      return address != null ? address : addressOf(entry);
    }

    private static String addressOf(Labels.Entry entry) {
      if (entry.table == TableId.PROACTIVE) {
        for (Edition e : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
          for (CatalogRow row : Catalog.of(e).getRows(TableId.PROACTIVE)) {
            if (row.getId().equals(entry.rowId)) {
              return row.getAddress();
            }
          }
        }
      }
      return entry.table.getId() + "." + entry.rowId;
    }

    private void values(CatalogRow row, Found f) {
      List<Cell> cells = row.getCells();
      List<PrintedCell> printed = new ArrayList<>(f.values);
      while (printed.size() > cells.size() && Values.isBlank(printed.get(printed.size() - 1).getText())) {
        printed.remove(printed.size() - 1);
      }
      while (printed.size() > cells.size() && Values.isBlank(printed.get(0).getText())) {
        printed.remove(0);
      }
      if (printed.size() > cells.size()) {
        int from = 0;
        if (row.getTable() == TableId.REQUESTS) {
          for (int w = 0; w + cells.size() <= printed.size(); w++) {
            if (windowBalances(printed.subList(w, w + cells.size()))) {
              from = w;
              break;
            }
          }
        }
        List<String> surplus = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
          if (i < from || i >= from + cells.size()) {
            surplus.add(printed.get(i).getText().strip());
          }
        }
        diagnostics.add(ReadingDiagnostic.of(Kind.CELL_COUNT, f.position.toString(),
            "row printed " + printed.size() + " values for " + cells.size() + " cells; values " + (from + 1) + " to "
                + (from + cells.size()) + " are used" + (from > 0 ? " (the only ones whose 总计 is their sum)" : "")
                + ", the rest kept in the message: " + surplus).withCell(row.getAddress()));
        printed = printed.subList(from, from + cells.size());
      }
      if (printed.size() == cells.size()) {
        for (int i = 0; i < cells.size(); i++) {
          put(cells.get(i), printed.get(i));
        }
        return;
      }
      List<String> tokens = tokens(printed);
      List<List<String>> candidates = row.getTable() == TableId.REQUESTS
          ? RunSplitter.splitSums(tokens, kinds(cells), cells.size()) : List.of();
      if (candidates.isEmpty()) {
        candidates = RunSplitter.split(tokens, kinds(cells));
      }
      String run = String.join(" ", tokens);
      if (candidates.isEmpty()) {
        diagnostics.add(ReadingDiagnostic.of(Kind.CELL_COUNT, f.position.toString(),
            "row printed \"" + run + "\", which cannot be split into " + cells.size() + " cells")
            .withCell(row.getAddress()));
        unresolved(cells, run);
        return;
      }
      if (candidates.size() > RunSplitter.LIMIT) {
        diagnostics.add(ReadingDiagnostic.of(Kind.AMBIGUOUS_SPLIT, f.position.toString(),
            "row printed \"" + run + "\", which splits into " + cells.size() + " cells in too many ways")
            .withCell(row.getAddress()));
        unresolved(cells, run);
        return;
      }
      List<List<String>> balanced = new ArrayList<>();
      for (List<String> c : candidates) {
        if (rowIdentityHolds(row, c)) {
          balanced.add(c);
        }
      }
      if (!balanced.isEmpty()) {
        candidates = balanced;
      }
      if (candidates.size() == 1) {
        putAll(cells, candidates.get(0), f.position);
      } else if (row.getTable() == TableId.REQUESTS) {
        pending.put(row, candidates);
        pendingSource.put(row, f);
      } else {
        ambiguous(row, f.position, run, candidates);
      }
    }

    /** Whether the text is 1 to 12 ASCII digits (checked by hand: no regex is compiled per cell). */
    private static boolean isWholeNumber(String t) {
      if (t.isEmpty() || t.length() > 12) {
        return false;
      }
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) < '0' || t.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    /** Returns whether seven printed whole numbers have a 总计 equal to the sum of the other six. */
    private static boolean windowBalances(List<PrintedCell> window) {
      long sum = 0;
      for (int i = 0; i < window.size(); i++) {
        String t = Values.clean(window.get(i).getText());
        if (!isWholeNumber(t)) {
          return false;
        }
        if (i < window.size() - 1) {
          sum += Long.parseLong(t);
        } else {
          return sum == Long.parseLong(t);
        }
      }
      return false;
    }

    private void ambiguous(CatalogRow row, Position position, String run, List<List<String>> candidates) {
      List<String> listed = new ArrayList<>();
      for (List<String> c : candidates) {
        listed.add(String.join("|", c));
      }
      diagnostics.add(ReadingDiagnostic.of(Kind.AMBIGUOUS_SPLIT, position.toString(),
          "\"" + run + "\" splits into " + row.getCells().size() + " cells in " + candidates.size() + " ways")
          .withCell(row.getAddress()).withCandidates(listed));
      unresolved(row.getCells(), run);
    }

    private void unresolved(List<Cell> cells, String run) {
      for (Cell cell : cells) {
        sheet.put(cell, CellValue.unresolved(run));
      }
    }

    private void putAll(List<Cell> cells, List<String> parts, Position position) {
      for (int i = 0; i < cells.size(); i++) {
        put(cells.get(i), parts.get(i), position);
      }
    }

    /** Puts a printed cell: one the source marks as unresolved stays unresolved, with its printed text. */
    private void put(Cell cell, PrintedCell printed) {
      if (printed.isUnresolved()) {
        sheet.put(cell, CellValue.unresolved(printed.getText()));
        return;
      }
      put(cell, printed.getText(), printed.getPosition());
    }

    private void put(Cell cell, String text, Position position) {
      Values.Parsed parsed = Values.parse(text, cell);
      if (parsed.problem != null) {
        diagnostics.add(ReadingDiagnostic.of(Kind.UNREADABLE_VALUE, position.toString(), parsed.problem)
            .withCell(cell.getAddress()));
      }
      if (parsed.unitAssumed) {
        diagnostics.add(ReadingDiagnostic.of(Kind.UNIT_ASSUMED, position.toString(),
            "amount \"" + text.strip() + "\" printed without a unit; 元 assumed").withCell(cell.getAddress()));
      }
      sheet.put(cell, parsed.value);
    }

    private static List<String> tokens(List<PrintedCell> printed) {
      List<String> tokens = new ArrayList<>();
      for (PrintedCell c : printed) {
        String s = Values.clean(c.getText());
        if (s.isEmpty() || Values.isBlank(c.getText())) {
          tokens.add(s);
          continue;
        }
        for (String t : WHITESPACE.split(s)) {
          if (!t.isEmpty()) {
            tokens.add(t);
          }
        }
      }
      // a unit printed apart from its amount ("45.82 万元") belongs to the amount
      List<String> joined = new ArrayList<>();
      for (String t : tokens) {
        if (!joined.isEmpty() && (t.equals("元") || t.equals("万元") || t.equals("亿元"))) {
          joined.set(joined.size() - 1, joined.get(joined.size() - 1) + t);
        } else {
          joined.add(t);
        }
      }
      return joined;
    }

    private static List<CellKind> kinds(List<Cell> cells) {
      List<CellKind> kinds = new ArrayList<>();
      for (Cell c : cells) {
        kinds.add(c.getKind());
      }
      return kinds;
    }

    private static boolean rowIdentityHolds(CatalogRow row, List<String> parts) {
      return row.getTable() != TableId.REQUESTS || groupBalances(parts, 0, 7);
    }

    /**
     * Returns whether the {@code size} parts from {@code from} are counts whose last (the 总计) is the sum of the
     * others: false when a part stands for no count or the sum leaves the long range.
     */
    private static boolean groupBalances(List<String> parts, int from, int size) {
      long sum = 0;
      for (int i = from; i < from + size - 1; i++) {
        long part = parseCount(parts.get(i));
        long next = sum + part;
        if (part == UNKNOWN || ((sum ^ next) & (part ^ next)) < 0) {
          return false;
        }
        sum = next;
      }
      long total = parseCount(parts.get(from + size - 1));
      return total != UNKNOWN && total == sum;
    }

    /**
     * Returns what {@code Long.parseLong} makes of the part without its thousands separators, or {@link #UNKNOWN}
     * where it would throw (checked by hand: this runs for every part of every candidate split).
     */
    private static long parseCount(String part) {
      int i = 0;
      int n = part.length();
      boolean negative = false;
      if (n > 0 && (part.charAt(0) == '+' || part.charAt(0) == '-')) {
        negative = part.charAt(0) == '-';
        i = 1;
      }
      long value = 0;
      int digits = 0;
      for (; i < n; i++) {
        char ch = part.charAt(i);
        if (ch == ',') {
          continue;
        }
        int d = Character.digit(ch, 10);
        if (d < 0 || value > (Long.MAX_VALUE - d) / 10) {
          return UNKNOWN; // not a digit, or beyond the long range (Long.MIN_VALUE itself included)
        }
        value = value * 10 + d;
        digits++;
      }
      return digits == 0 ? UNKNOWN : negative ? -value : value;
    }

    // ---- table 三 column identities ------------------------------------------------------------------------

    private void resolvePending() {
      if (pending.isEmpty()) {
        return;
      }
      List<CatalogRow> rows = new ArrayList<>(pending.keySet());
      long combinations = 1;
      for (CatalogRow r : rows) {
        combinations *= pending.get(r).size();
        if (combinations > COMBINATION_LIMIT) {
          break;
        }
      }
      if (combinations > COMBINATION_LIMIT) {
        for (CatalogRow r : rows) {
          ambiguous(r, pendingSource.get(r).position, runOf(r), pending.get(r));
        }
        return;
      }
      ColumnIdentities identities = new ColumnIdentities(rows);
      int[] choice = new int[rows.size()];
      int best = -1;
      List<int[]> bestChoices = new ArrayList<>();
      while (true) {
        Deadline.tick("choosing among splits of table 三");
        int score = identities.score(choice);
        if (score > best) {
          best = score;
          bestChoices.clear();
        }
        if (score == best) {
          bestChoices.add(choice.clone());
        }
        int i = 0;
        while (i < rows.size() && ++choice[i] == pending.get(rows.get(i)).size()) {
          choice[i] = 0;
          i++;
        }
        if (i == rows.size()) {
          break;
        }
      }
      for (int r = 0; r < rows.size(); r++) {
        CatalogRow row = rows.get(r);
        // in order of first appearance, each once (a set: up to COMBINATION_LIMIT best choices)
        Set<List<String>> distinct = new LinkedHashSet<>();
        for (int[] c : bestChoices) {
          distinct.add(pending.get(row).get(c[r]));
        }
        List<List<String>> kept = new ArrayList<>(distinct);
        if (kept.size() == 1) {
          putAll(row.getCells(), kept.get(0), pendingSource.get(row).position);
        } else {
          ambiguous(row, pendingSource.get(row).position, runOf(row), kept);
        }
      }
    }

    /**
     * The column identities of table 三 (O-T3-1 and S-T3-1, per column) over its rows: the counts of the rows read
     * already and of every candidate split of the pending rows, parsed once, so that each combination of choices is
     * scored with array reads only.
     */
    private final class ColumnIdentities {
      private final long[][] fixed;
      /** For each row of the table, its index among the pending rows, or -1. */
      private final int[] pendingIndex;
      /** For each pending row, its candidates' counts per column. */
      private final long[][][] candidates;
      private final long[][] chosen;
      private final int newReceived;
      private final int carried;
      private final int total;
      private final int next;
      private final int[] outcomes;

      ColumnIdentities(List<CatalogRow> pendingRows) {
        List<CatalogRow> tableRows = catalog.getRows(TableId.REQUESTS);
        fixed = new long[tableRows.size()][];
        pendingIndex = new int[tableRows.size()];
        chosen = new long[tableRows.size()][];
        candidates = new long[pendingRows.size()][][];
        int[] roles = {-1, -1, -1, -1};
        int[] parts = new int[tableRows.size()];
        int partCount = 0;
        for (int k = 0; k < tableRows.size(); k++) {
          CatalogRow row = tableRows.get(k);
          pendingIndex[k] = pendingRows.indexOf(row);
          if (pendingIndex[k] < 0) {
            fixed[k] = new long[7];
            for (int c = 0; c < 7; c++) {
              Optional<CellValue> v = sheet.get(row.getCells().get(c));
              fixed[k][c] = v.isPresent() && v.get().isValue() ? v.get().toCount() : UNKNOWN;
            }
            chosen[k] = fixed[k];
          }
          RequestRow r = row.getCells().get(0).getRequestRow().orElseThrow();
          if (r == RequestRow.NEW_RECEIVED) {
            roles[0] = k;
          } else if (r == RequestRow.CARRIED_OVER_FROM_PREVIOUS) {
            roles[1] = k;
          } else if (r == RequestRow.OUTCOMES_TOTAL) {
            roles[2] = k;
          } else if (r == RequestRow.CARRIED_OVER_TO_NEXT) {
            roles[3] = k;
          }
          if (r.getGroup().isPresent() && r != RequestRow.OUTCOMES_TOTAL) {
            parts[partCount++] = k;
          }
        }
        newReceived = roles[0];
        carried = roles[1];
        total = roles[2];
        next = roles[3];
        outcomes = Arrays.copyOf(parts, partCount);
        for (int i = 0; i < pendingRows.size(); i++) {
          List<List<String>> splits = pending.get(pendingRows.get(i));
          candidates[i] = new long[splits.size()][7];
          for (int j = 0; j < splits.size(); j++) {
            for (int c = 0; c < 7; c++) {
              candidates[i][j][c] = parseCount(splits.get(j).get(c));
            }
          }
        }
      }

      /** Returns how many column identities hold with the given choice of candidate per pending row. */
      int score(int[] choice) {
        for (int k = 0; k < chosen.length; k++) {
          if (pendingIndex[k] >= 0) {
            chosen[k] = candidates[pendingIndex[k]][choice[pendingIndex[k]]];
          }
        }
        int score = 0;
        for (int c = 0; c < 7; c++) {
          long t = chosen[total][c];
          long a = chosen[newReceived][c];
          long b = chosen[carried][c];
          long n = chosen[next][c];
          if (a != UNKNOWN && b != UNKNOWN && t != UNKNOWN && n != UNKNOWN && a + b == t + n) {
            score++;
          }
          long sum = 0;
          boolean known = true;
          for (int k : outcomes) {
            long v = chosen[k][c];
            if (v == UNKNOWN) {
              known = false;
              break;
            }
            sum += v;
          }
          if (known && t != UNKNOWN && sum == t) {
            score++;
          }
        }
        return score;
      }
    }

    private String runOf(CatalogRow row) {
      return String.join(" ", tokens(pendingSource.get(row).values));
    }

    // ---- table 四 --------------------------------------------------------------------------------------------

    private void assignReview() {
      if (t4.isEmpty()) {
        diagnostics.add(ReadingDiagnostic.of(Kind.MISSING_TABLE, "tables",
            "table 四 (" + TableId.REVIEW_LITIGATION.getTitle() + ") was not found"));
        return;
      }
      sheet.include(TableId.REVIEW_LITIGATION);
      List<Cell> cells = catalog.getCells(TableId.REVIEW_LITIGATION);
      List<PrintedCell> printed = new ArrayList<>(t4);
      while (printed.size() > cells.size() && Values.isBlank(printed.get(printed.size() - 1).getText())) {
        printed.remove(printed.size() - 1);
      }
      if (printed.size() > cells.size()) {
        List<String> surplus = new ArrayList<>();
        for (PrintedCell c : printed.subList(cells.size(), printed.size())) {
          surplus.add(c.getText().strip());
        }
        diagnostics.add(ReadingDiagnostic.of(Kind.CELL_COUNT, t4Position.toString(), "table 四 printed "
            + printed.size() + " values for 15 cells; the first 15 are used, the rest kept in the message: "
            + surplus));
        printed = printed.subList(0, cells.size());
      }
      if (printed.size() == cells.size()) {
        for (int i = 0; i < cells.size(); i++) {
          put(cells.get(i), printed.get(i));
        }
        return;
      }
      List<String> tokens = tokens(printed);
      List<List<String>> candidates = RunSplitter.splitSums(tokens, kinds(cells), 5);
      if (candidates.isEmpty()) {
        candidates = RunSplitter.split(tokens, kinds(cells));
      }
      String run = String.join(" ", tokens);
      List<List<String>> balanced = new ArrayList<>();
      for (List<String> c : candidates) {
        if (reviewIdentitiesHold(c)) {
          balanced.add(c);
        }
      }
      if (!balanced.isEmpty() && candidates.size() <= RunSplitter.LIMIT) {
        candidates = balanced;
      }
      if (candidates.size() == 1) {
        putAll(cells, candidates.get(0), t4Position);
      } else if (candidates.isEmpty()) {
        diagnostics.add(ReadingDiagnostic.of(Kind.CELL_COUNT, t4Position.toString(),
            "table 四 printed \"" + run + "\", which cannot be split into 15 cells"));
        unresolved(cells, run);
      } else {
        List<String> listed = new ArrayList<>();
        for (List<String> c : candidates.subList(0, Math.min(candidates.size(), 20))) {
          listed.add(String.join("|", c));
        }
        diagnostics.add(ReadingDiagnostic.of(Kind.AMBIGUOUS_SPLIT, t4Position.toString(), "table 四 printed \""
            + run + "\", which splits into 15 cells in " + (candidates.size() > RunSplitter.LIMIT ? "too many"
            : String.valueOf(candidates.size())) + " ways").withCandidates(listed));
        unresolved(cells, run);
      }
    }

    private static boolean reviewIdentitiesHold(List<String> parts) {
      for (int g = 0; g < 3; g++) {
        if (!groupBalances(parts, g * 5, 5)) {
          return false;
        }
      }
      return true;
    }

    // ---- metadata ---------------------------------------------------------------------------------------

    private int yearOrZero() {
      for (String text : metadataTexts()) {
        Matcher m = YEAR.matcher(text);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      return 0;
    }

    private int statedYear() {
      for (String text : document.getMetadata()) {
        Matcher m = STATED_YEAR.matcher(text);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
      return 0;
    }

    private List<String> metadataTexts() {
      List<String> texts = new ArrayList<>();
      document.getTitle().ifPresent(texts::add);
      texts.addAll(document.getMetadata());
      return texts;
    }

    private void metadata(ImmutableReport.Builder builder) throws ReportReadException {
      String source = document.getSource().orElse(null);
      Optional<String> title = document.getTitle();
      int year = 0;
      if (title.isPresent()) {
        Matcher m = YEAR.matcher(title.get());
        if (m.find()) {
          year = Integer.parseInt(m.group(1));
        }
      }
      int stated = statedYear();
      if (stated != 0) {
        // an explicit 报告年度 wins over the title; a disagreement is said, not hidden
        if (year != 0 && year != stated) {
          diagnostics.add(ReadingDiagnostic.of(Kind.METADATA, "title",
              "the title names " + year + " but 报告年度 is " + stated + "; " + stated + " taken"));
        }
        year = stated;
      }
      if (year == 0) {
        year = yearOrZero();
        String from = "the metadata";
        if (year == 0) {
          for (String text : document.getSections().values()) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
              year = Integer.parseInt(m.group(1));
              from = "the first year named in the text";
              break;
            }
          }
        }
        if (year == 0) {
          throw new ReportReadException(source, "title", "no report year found in the title, the metadata or the text");
        }
        diagnostics.add(ReadingDiagnostic.of(Kind.METADATA, "title",
            "report year not found in the title; " + year + " taken from " + from));
      }
      builder.year(year);
      title.ifPresent(builder::title);
      String all = String.join("\n", document.getMetadata());
      Matcher named = BODY.matcher(all);
      String body = named.find() ? named.group(1).strip() : title.flatMap(ReportMapper::bodyOf).orElse(null);
      Matcher issuer = ISSUER.matcher(all);
      if (issuer.find()) {
        builder.issuer(issuer.group(1));
        if (body == null) {
          body = issuer.group(1);
        }
      }
      if (body == null) {
        diagnostics.add(ReadingDiagnostic.of(Kind.METADATA, "title",
            "issuing body not found; the report is named after its title"));
        body = title.orElse("(unknown)");
      }
      builder.body(body);
      Matcher date = DATE.matcher(all);
      if (date.find()) {
        try {
          builder.publishDate(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
              Integer.parseInt(date.group(3))));
        } catch (DateTimeException e) {
          diagnostics.add(ReadingDiagnostic.of(Kind.METADATA, "metadata",
              "publish date is not a date: \"" + date.group() + "\""));
        }
      }
      Matcher index = INDEX.matcher(all);
      if (index.find()) {
        builder.indexNumber(index.group(1));
      }
      Matcher number = DOCUMENT_NUMBER.matcher(all);
      if (number.find() && !number.group(1).startsWith("发布") && !number.group(1).startsWith("主题")) {
        builder.documentNumber(number.group(1));
      }
      StringBuilder text = new StringBuilder(all);
      for (String s : document.getSections().values()) {
        text.append('\n').append(s);
      }
      Matcher notice = NOTICE.matcher(text);
      if (notice.find()) {
        builder.citedNotice("国办公开办函〔" + notice.group(1) + "〕" + notice.group(2) + "号");
      }
    }
  }

  static Optional<String> bodyOf(String title) {
    String t = YEAR_IN_TITLE.matcher(title).replaceAll("").strip();
    int end = t.indexOf("政府信息公开");
    if (end < 0) {
      end = t.indexOf("信息公开");
    }
    if (end < 0) {
      end = t.indexOf("年度报告");
    }
    String body = end < 0 ? "" : t.substring(0, end).strip();
    if (body.startsWith("关于")) {
      body = body.substring(2);
    }
    return body.isEmpty() ? Optional.empty() : Optional.of(body);
  }
}

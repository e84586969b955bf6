package io.github.xxgk.disclosure.model;

import java.util.List;
import java.util.Optional;

/**
 * One data cell of the catalog, e.g. {@code t3.withheld_state_secret.natural_person}.
 *
 * <p>Cells are singletons owned by {@link Catalog}: compare them with {@code ==} or {@code equals}.
 */
public final class Cell {
  static final String PATH_SEPARATOR = " › ";
  static final String AXIS_SEPARATOR = " × ";

  private final int ordinal;
  private final TableId table;
  private final String address;
  private final Edition edition;
  private final ProactiveBlock block;
  private final String rowId;
  private final List<String> rowPath;
  private final String columnId;
  private final List<String> columnPath;
  private final CellKind kind;
  private final MoneyUnit headerUnit;
  private final String labelPath;
  // typed keys, one pair per table
  final RequestRow requestRow;
  final Applicant applicant;
  final ReviewGroup reviewGroup;
  final ReviewResult reviewResult;

  Cell(int ordinal, TableId table, Edition edition, ProactiveBlock block, String rowId, List<String> rowPath,
      String columnId, List<String> columnPath, CellKind kind, MoneyUnit headerUnit, RequestRow requestRow,
      Applicant applicant, ReviewGroup reviewGroup, ReviewResult reviewResult) {
    this.ordinal = ordinal;
    this.table = table;
    this.edition = edition;
    this.block = block;
    this.rowId = rowId;
    this.rowPath = List.copyOf(rowPath);
    this.columnId = columnId;
    this.columnPath = List.copyOf(columnPath);
    this.kind = kind;
    this.headerUnit = headerUnit;
    this.requestRow = requestRow;
    this.applicant = applicant;
    this.reviewGroup = reviewGroup;
    this.reviewResult = reviewResult;
    this.address = table.getId() + (block == null ? "" : "." + block.getId()) + "." + rowId + "." + columnId;
    this.labelPath = String.join(PATH_SEPARATOR, rowPath) + AXIS_SEPARATOR + String.join(PATH_SEPARATOR, columnPath);
  }

  /** Returns a number unique among all cells of both editions, stable within one version of the library. */
  public int getOrdinal() {
    return ordinal;
  }

  /** Returns the stable address (FORMAT.md §6.6), e.g. {@code t2.art20_8.administrative_fees.fee_amount}. */
  public String getAddress() {
    return address;
  }

  /** Returns the table holding the cell. */
  public TableId getTable() {
    return table;
  }

  /** Returns the edition the cell belongs to, empty when it is the same in both editions. */
  public Optional<Edition> getEdition() {
    return Optional.ofNullable(edition);
  }

  /** Returns whether the cell exists in the given official edition. */
  public boolean isIn(Edition edition) {
    if (this.edition != null) {
      return this.edition == edition;
    }
    return requestRow == null ? edition.isOfficial() : requestRow.isIn(edition);
  }

  /** Returns the 第二十条 block, for cells of table 二. */
  public Optional<ProactiveBlock> getBlock() {
    return Optional.ofNullable(block);
  }

  /** Returns the row id: a table 二 or 三 row, or a table 四 group such as {@code review}. */
  public String getRowId() {
    return rowId;
  }

  /** Returns the official row label, e.g. {@code 1.属于国家秘密}. */
  public String getRowLabel() {
    return rowPath.get(rowPath.size() - 1);
  }

  /** Returns the row labels from the outermost header down, e.g. {@code [三、本年度办理结果, （三）不予公开, 1.属于国家秘密]}. */
  public List<String> getRowPath() {
    return rowPath;
  }

  /** Returns the column id, e.g. {@code natural_person}. */
  public String getColumnId() {
    return columnId;
  }

  /** Returns the official column label, e.g. {@code 商业企业}. */
  public String getColumnLabel() {
    return columnPath.get(columnPath.size() - 1);
  }

  /** Returns the column labels from the outermost header down, e.g. {@code [法人或其他组织, 商业企业]}. */
  public List<String> getColumnPath() {
    return columnPath;
  }

  /** Returns the Chinese label path, e.g. {@code 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 × 自然人}. */
  public String getLabelPath() {
    return labelPath;
  }

  /** Returns what the cell holds. */
  public CellKind getKind() {
    return kind;
  }

  /** Returns the unit stated by the column header (本年收费金额（单位：万元）), if any. */
  public Optional<MoneyUnit> getHeaderUnit() {
    return Optional.ofNullable(headerUnit);
  }

  /** Returns the table 三 row, for cells of table 三. */
  public Optional<RequestRow> getRequestRow() {
    return Optional.ofNullable(requestRow);
  }

  /** Returns the table 三 column, for cells of table 三. */
  public Optional<Applicant> getApplicant() {
    return Optional.ofNullable(applicant);
  }

  /** Returns the table 四 group, for cells of table 四. */
  public Optional<ReviewGroup> getReviewGroup() {
    return Optional.ofNullable(reviewGroup);
  }

  /** Returns the table 四 column, for cells of table 四. */
  public Optional<ReviewResult> getReviewResult() {
    return Optional.ofNullable(reviewResult);
  }

  @Override
  public String toString() {
    return address;
  }
}

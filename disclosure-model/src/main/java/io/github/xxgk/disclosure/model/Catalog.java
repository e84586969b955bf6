package io.github.xxgk.disclosure.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of every table, row, column and data cell of an edition, with stable addresses and official labels.
 *
 * <p>Rules, readers, writers and generators take row and column order and labels from here. A catalog is
 * immutable; {@link #of(Edition)} returns a shared instance.
 */
public final class Catalog {
  private static final List<Cell> ALL = new ArrayList<>();
  private static final List<CatalogRow> T2_2019 = new ArrayList<>();
  private static final List<CatalogRow> T2_2021 = new ArrayList<>();
  private static final Map<RequestRow, CatalogRow> T3 = new EnumMap<>(RequestRow.class);
  private static final List<CatalogRow> T4 = new ArrayList<>();

  static {
    String made = "本年新制作数量";
    String published = "本年新公开数量";
    String totalPublished = "对外公开总数量";
    String prev = "上一年项目数量";
    String change = "本年增/减";
    Edition a = Edition.GOV_2019;
    Edition b = Edition.GOV_2021;
    for (String[] row : new String[][] {{"regulations", "规章"}, {"normative_documents", "规范性文件"}}) {
      t2(a, ProactiveBlock.ART20_1, row[0], row[1], col("newly_made", made, CellKind.COUNT),
          col("newly_published", published, CellKind.COUNT), col("total_published", totalPublished, CellKind.COUNT));
    }
    for (String[] row : new String[][] {
        {"art20_5", "administrative_licensing", "行政许可"},
        {"art20_5", "other_external_management_services", "其他对外管理服务事项"},
        {"art20_6", "administrative_penalty", "行政处罚"},
        {"art20_6", "administrative_coercion", "行政强制"}}) {
      t2(a, ProactiveBlock.ofId(row[0]), row[1], row[2], col("items_prev_year", prev, CellKind.COUNT),
          col("items_change", change, CellKind.SIGNED_COUNT), col("decisions", "处理决定数量", CellKind.COUNT));
    }
    t2(a, ProactiveBlock.ART20_8, "administrative_fees", "行政事业性收费", col("items_prev_year", prev, CellKind.COUNT),
        col("items_change", change, CellKind.SIGNED_COUNT));
    t2(a, ProactiveBlock.ART20_9, "government_centralized_procurement", "政府集中采购",
        col("procurement_projects", "采购项目数量", CellKind.COUNT),
        col("procurement_amount", "采购总金额", CellKind.MONEY));

    for (String[] row : new String[][] {{"regulations", "规章"}, {"normative_documents", "行政规范性文件"}}) {
      t2(b, ProactiveBlock.ART20_1, row[0], row[1], col("issued", "本年制发件数", CellKind.COUNT),
          col("repealed", "本年废止件数", CellKind.COUNT), col("in_force", "现行有效件数", CellKind.COUNT));
    }
    for (String[] row : new String[][] {
        {"art20_5", "administrative_licensing", "行政许可"},
        {"art20_6", "administrative_penalty", "行政处罚"},
        {"art20_6", "administrative_coercion", "行政强制"}}) {
      t2(b, ProactiveBlock.ofId(row[0]), row[1], row[2], col("decisions", "本年处理决定数量", CellKind.COUNT));
    }
    t2(b, ProactiveBlock.ART20_8, "administrative_fees", "行政事业性收费",
        col("fee_amount", "本年收费金额（单位：万元）", CellKind.MONEY));

    for (RequestRow row : RequestRow.values()) {
      List<Cell> cells = new ArrayList<>();
      for (Applicant applicant : Applicant.values()) {
        List<String> columnPath = applicant.getGroupLabel()
            .map(group -> List.of(group, applicant.getLabel()))
            .orElse(List.of(applicant.getLabel()));
        cells.add(add(new Cell(ALL.size(), TableId.REQUESTS, null, null, row.getId(), row.getLabelPath(),
            applicant.getId(), columnPath, CellKind.COUNT, null, row, applicant, null, null)));
      }
      T3.put(row, new CatalogRow(TableId.REQUESTS, null, row.getId(), row.getLabelPath(), cells));
    }
    for (ReviewGroup group : ReviewGroup.values()) {
      List<Cell> cells = new ArrayList<>();
      for (ReviewResult result : ReviewResult.values()) {
        cells.add(add(new Cell(ALL.size(), TableId.REVIEW_LITIGATION, null, null, group.getId(),
            group.getLabelPath(), result.getId(), List.of(result.getLabel()), CellKind.COUNT, null, null, null,
            group, result)));
      }
      T4.add(new CatalogRow(TableId.REVIEW_LITIGATION, null, group.getId(), group.getLabelPath(), cells));
    }
  }

  private static final Map<Edition, Map<Edition, Catalog>> INSTANCES = new EnumMap<>(Edition.class);

  static {
    for (Edition proactive : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
      Map<Edition, Catalog> byRequests = new EnumMap<>(Edition.class);
      for (Edition requests : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
        byRequests.put(requests, new Catalog(proactive, requests));
      }
      INSTANCES.put(proactive, byRequests);
    }
  }

  private final Edition proactiveEdition;
  private final Edition requestsEdition;
  private final List<Cell> cells;
  private final Map<TableId, List<Cell>> cellsByTable = new EnumMap<>(TableId.class);
  private final Map<TableId, List<CatalogRow>> rowsByTable = new EnumMap<>(TableId.class);
  private final Map<String, Cell> byAddress = new HashMap<>();
  private final Map<String, CatalogRow> rowsByAddress = new LinkedHashMap<>();

  private Catalog(Edition proactiveEdition, Edition requestsEdition) {
    this.proactiveEdition = proactiveEdition;
    this.requestsEdition = requestsEdition;
    List<CatalogRow> t3 = new ArrayList<>();
    for (RequestRow row : RequestRow.of(requestsEdition)) {
      t3.add(T3.get(row));
    }
    rowsByTable.put(TableId.PROACTIVE, List.copyOf(proactiveEdition == Edition.GOV_2019 ? T2_2019 : T2_2021));
    rowsByTable.put(TableId.REQUESTS, List.copyOf(t3));
    rowsByTable.put(TableId.REVIEW_LITIGATION, List.copyOf(T4));
    List<Cell> all = new ArrayList<>();
    for (TableId table : TableId.values()) {
      List<Cell> inTable = new ArrayList<>();
      for (CatalogRow row : rowsByTable.get(table)) {
        inTable.addAll(row.getCells());
        rowsByAddress.put(row.getAddress(), row);
      }
      cellsByTable.put(table, List.copyOf(inTable));
      all.addAll(inTable);
    }
    this.cells = List.copyOf(all);
    for (Cell cell : cells) {
      byAddress.put(cell.getAddress(), cell);
    }
  }

  /** Returns the catalog of an official edition. */
  public static Catalog of(Edition edition) {
    if (!edition.isOfficial()) {
      throw new IllegalArgumentException("a MIXED catalog needs the editions of table 二 and table 三");
    }
    return of(edition, edition);
  }

  /** Returns the catalog of a report whose table 二 and table 三 are printed in the given editions. */
  public static Catalog of(Edition proactiveEdition, Edition requestsEdition) {
    if (!proactiveEdition.isOfficial() || !requestsEdition.isOfficial()) {
      throw new IllegalArgumentException(
          "table editions must be GOV_2019 or GOV_2021: " + proactiveEdition + ", " + requestsEdition);
    }
    return INSTANCES.get(proactiveEdition).get(requestsEdition);
  }

  /** Returns every cell of both editions, ordered by {@link Cell#getOrdinal()}. */
  public static List<Cell> allCells() {
    return Collections.unmodifiableList(ALL);
  }

  /** Returns the number of cells of both editions, one more than the largest {@link Cell#getOrdinal()}. */
  public static int cellCount() {
    return ALL.size();
  }

  /** Returns the edition of table 二. */
  public Edition getProactiveEdition() {
    return proactiveEdition;
  }

  /** Returns the edition of table 三. */
  public Edition getRequestsEdition() {
    return requestsEdition;
  }

  /** Returns the edition of the catalog: the editions of its tables, or {@link Edition#MIXED}. */
  public Edition getEdition() {
    return proactiveEdition == requestsEdition ? proactiveEdition : Edition.MIXED;
  }

  /** Returns every data cell, table by table, row by row, in printed order. */
  public List<Cell> getCells() {
    return cells;
  }

  /** Returns the data cells of one table in printed order. */
  public List<Cell> getCells(TableId table) {
    return cellsByTable.get(table);
  }

  /** Returns the data rows of one table in printed order. */
  public List<CatalogRow> getRows(TableId table) {
    return rowsByTable.get(table);
  }

  /** Returns the data rows of one 第二十条 block of table 二 in printed order. */
  public List<CatalogRow> getRows(ProactiveBlock block) {
    List<CatalogRow> rows = new ArrayList<>();
    for (CatalogRow row : rowsByTable.get(TableId.PROACTIVE)) {
      if (row.getBlock().orElseThrow() == block) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Returns the 第二十条 blocks of table 二 in printed order. */
  public List<ProactiveBlock> getBlocks() {
    return ProactiveBlock.of(proactiveEdition);
  }

  /** Returns the data row at the given address, e.g. {@code t3.granted}. */
  public Optional<CatalogRow> findRow(String address) {
    return Optional.ofNullable(rowsByAddress.get(address));
  }

  /** Returns the cell at the given address, if it is in this catalog. */
  public Optional<Cell> find(String address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /** Returns the cell at the given address. */
  public Cell get(String address) {
    Cell cell = byAddress.get(address);
    if (cell == null) {
      throw new IllegalArgumentException("no cell " + address + " in the " + describe() + " catalog");
    }
    return cell;
  }

  /** Returns the table 三 cell of the given row and column. */
  public Cell get(RequestRow row, Applicant column) {
    if (!row.isIn(requestsEdition)) {
      throw new IllegalArgumentException("row " + row.getId() + " is not in the " + requestsEdition + " table 三");
    }
    return T3.get(row).getCells().get(column.ordinal());
  }

  /** Returns the table 四 cell of the given group and column. */
  public Cell get(ReviewGroup group, ReviewResult column) {
    return T4.get(group.ordinal()).getCells().get(column.ordinal());
  }

  /** Returns whether the cell is in this catalog. */
  public boolean contains(Cell cell) {
    return byAddress.get(cell.getAddress()) == cell;
  }

  private String describe() {
    return proactiveEdition == requestsEdition
        ? proactiveEdition.name()
        : "MIXED (table 二 " + proactiveEdition + ", table 三 " + requestsEdition + ")";
  }

  @Override
  public String toString() {
    return "Catalog[" + describe() + "]";
  }

  private static Cell add(Cell cell) {
    ALL.add(cell);
    return cell;
  }

  private static Object[] col(String id, String label, CellKind kind) {
    return new Object[] {id, label, kind};
  }

  private static void t2(Edition edition, ProactiveBlock block, String rowId, String rowLabel, Object[]... columns) {
    List<Cell> cells = new ArrayList<>();
    List<String> rowPath = List.of(block.getLabel(), rowLabel);
    for (Object[] column : columns) {
      String columnId = (String) column[0];
      CellKind kind = (CellKind) column[2];
      MoneyUnit unit = "fee_amount".equals(columnId) ? MoneyUnit.WAN_YUAN : null;
      cells.add(add(new Cell(ALL.size(), TableId.PROACTIVE, edition, block, rowId, rowPath, columnId,
          List.of((String) column[1]), kind, unit, null, null, null, null)));
    }
    (edition == Edition.GOV_2019 ? T2_2019 : T2_2021)
        .add(new CatalogRow(TableId.PROACTIVE, block, rowId, rowPath, cells));
  }
}

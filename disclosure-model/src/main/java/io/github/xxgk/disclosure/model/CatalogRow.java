package io.github.xxgk.disclosure.model;

import java.util.List;
import java.util.Optional;

/** One printed data row of a table in the catalog, with its cells in column order. */
public final class CatalogRow {
  private final TableId table;
  private final ProactiveBlock block;
  private final String id;
  private final List<String> labelPath;
  private final List<Cell> cells;
  private final String address;

  CatalogRow(TableId table, ProactiveBlock block, String id, List<String> labelPath, List<Cell> cells) {
    this.table = table;
    this.block = block;
    this.id = id;
    this.labelPath = List.copyOf(labelPath);
    this.cells = List.copyOf(cells);
    this.address = table.getId() + (block == null ? "" : "." + block.getId()) + "." + id;
  }

  /** Returns the table holding the row. */
  public TableId getTable() {
    return table;
  }

  /** Returns the 第二十条 block, for rows of table 二. */
  public Optional<ProactiveBlock> getBlock() {
    return Optional.ofNullable(block);
  }

  /** Returns the row id, e.g. {@code granted} or, in table 四, {@code review}. */
  public String getId() {
    return id;
  }

  /** Returns the address prefix of the row's cells, e.g. {@code t2.art20_1.regulations}. */
  public String getAddress() {
    return address;
  }

  /** Returns the official row label. */
  public String getLabel() {
    return labelPath.get(labelPath.size() - 1);
  }

  /** Returns the row labels from the outermost header down. */
  public List<String> getLabelPath() {
    return labelPath;
  }

  /** Returns the row's data cells in column order. */
  public List<Cell> getCells() {
    return cells;
  }

  @Override
  public String toString() {
    return getAddress();
  }
}

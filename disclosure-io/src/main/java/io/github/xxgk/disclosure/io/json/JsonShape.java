package io.github.xxgk.disclosure.io.json;

import com.fasterxml.jackson.core.io.SerializedString;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON keys of the tables, derived once from the catalog: table → (block →) row → column → cell key. The keys of
 * both editions are merged so that a document is read in one pass whatever the order of its keys; the edition of
 * each cell is checked when the report is built.
 */
final class JsonShape {
  /** One cell key: its address (as in the catalog) and kind, the same in every edition holding it. */
  static final class Key {
    final String address;
    final TableId table;
    final CellKind kind;
    final int index;
    /** The column name, prepared for {@code JsonParser.nextFieldName}. */
    final SerializedString column;
    /** The place of the column in its row's {@link Row#columns}. */
    final int position;
    /** The cell in the catalogs of GOV_2019 and GOV_2021 (index 0 and 1), null where the edition lacks it. */
    private final Cell[] cells = new Cell[2];

    Key(String address, TableId table, CellKind kind, int index, String column, int position) {
      this.address = address;
      this.table = table;
      this.kind = kind;
      this.index = index;
      this.column = new SerializedString(column);
      this.position = position;
    }

    /** Returns the cell of this key in the table of the given official edition, or null. */
    Cell cell(Edition edition) {
      return cells[edition == Edition.GOV_2019 ? 0 : 1];
    }
  }

  /**
   * One row of a table (or of a table 二 block): its columns of both editions in catalog order, which is the order
   * the writer prints them in, so that the reader can expect each next key (see {@code JsonParser.nextFieldName}).
   */
  static final class Row {
    /** The row name, prepared for {@code JsonParser.nextFieldName}. */
    final SerializedString name;
    /** The place of the row in its {@link Rows#ordered}. */
    final int position;
    /** A number unique among the rows and blocks of all tables, from 0 up to {@link #partCount()}. */
    final int id = parts++;
    private final List<Key> columnList = new ArrayList<>();
    private final Map<String, Key> byName = new HashMap<>();
    /** The columns in catalog order. */
    Key[] columns;

    Row(String name, int position) {
      this.name = new SerializedString(name);
      this.position = position;
    }

    /** Returns the column of the given name, or null. */
    Key column(String name) {
      return byName.get(name);
    }
  }

  /** The rows of table 三 or 四 or of one block of table 二, in catalog order. */
  static final class Rows {
    /** A number unique among the rows and blocks of all tables, from 0 up to {@link #partCount()}. */
    final int id = parts++;
    private final List<Row> rowList = new ArrayList<>();
    private final Map<String, Row> byName = new HashMap<>();
    /** The rows in catalog order. */
    Row[] ordered;

    /** Returns the row of the given name, or null. */
    Row get(String name) {
      return byName.get(name);
    }

    private Row row(String name) {
      return byName.computeIfAbsent(name, n -> {
        Row row = new Row(n, rowList.size());
        rowList.add(row);
        return row;
      });
    }
  }

  /** The number of rows and blocks made so far. */
  private static int parts;

  /** t2: block → rows; t3, t4: the single block "" holding their rows. */
  private static final Map<TableId, Map<String, Rows>> KEYS = new EnumMap<>(TableId.class);
  private static final Map<String, Key> BY_ADDRESS = new HashMap<>();

  static {
    for (TableId table : TableId.values()) {
      KEYS.put(table, new HashMap<>());
    }
    for (Cell cell : Catalog.allCells()) {
      Key key = BY_ADDRESS.get(cell.getAddress());
      if (key != null) {
        if (key.kind != cell.getKind()) {
          throw new IllegalStateException("cell kinds differ between editions: " + cell);
        }
        key.cells[cell.isIn(Edition.GOV_2019) ? 0 : 1] = cell;
        continue;
      }
      String block = cell.getBlock().map(b -> b.getId()).orElse("");
      Row row = KEYS.get(cell.getTable()).computeIfAbsent(block, b -> new Rows()).row(cell.getRowId());
      key = new Key(cell.getAddress(), cell.getTable(), cell.getKind(), BY_ADDRESS.size(), cell.getColumnId(),
          row.columnList.size());
      for (Edition edition : new Edition[] {Edition.GOV_2019, Edition.GOV_2021}) {
        if (cell.isIn(edition)) {
          key.cells[edition == Edition.GOV_2019 ? 0 : 1] = cell;
        }
      }
      BY_ADDRESS.put(cell.getAddress(), key);
      row.columnList.add(key);
      row.byName.put(cell.getColumnId(), key);
    }
    for (Map<String, Rows> blocks : KEYS.values()) {
      for (Rows rows : blocks.values()) {
        rows.ordered = rows.rowList.toArray(new Row[0]);
        for (Row row : rows.ordered) {
          row.columns = row.columnList.toArray(new Key[0]);
        }
      }
    }
  }

  private JsonShape() {}

  /** Returns the number of rows and blocks of all tables (their {@code id}s are below it). */
  static int partCount() {
    return parts;
  }

  /** Returns the number of distinct cell keys of both editions. */
  static int keyCount() {
    return BY_ADDRESS.size();
  }

  /** Returns the blocks of table 二, or for t3 and t4 the single entry "" holding their rows. */
  static Map<String, Rows> blocks(TableId table) {
    return KEYS.get(table);
  }

  static Key key(String address) {
    return BY_ADDRESS.get(address);
  }

  /** Returns the editions holding the cell, named for a message, e.g. {@code GOV_2021}. */
  static String editionsOf(String address) {
    StringBuilder editions = new StringBuilder();
    for (Edition edition : new Edition[] {Edition.GOV_2019, Edition.GOV_2021}) {
      if (Catalog.of(edition).find(address).isPresent()) {
        editions.append(editions.length() == 0 ? "" : " and ").append(edition);
      }
    }
    return editions.toString();
  }
}

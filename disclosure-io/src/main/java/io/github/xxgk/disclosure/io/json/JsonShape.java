package io.github.xxgk.disclosure.io.json;

import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.TableId;
import java.util.EnumMap;
import java.util.HashMap;
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
    /** The cell in the catalogs of GOV_2019 and GOV_2021 (index 0 and 1), null where the edition lacks it. */
    private final Cell[] cells = new Cell[2];

    Key(String address, TableId table, CellKind kind, int index) {
      this.address = address;
      this.table = table;
      this.kind = kind;
      this.index = index;
    }

    /** Returns the cell of this key in the table of the given official edition, or null. */
    Cell cell(Edition edition) {
      return cells[edition == Edition.GOV_2019 ? 0 : 1];
    }
  }

  /** t2: block → row → column; t3, t4: row → column (under the single block key ""). */
  private static final Map<TableId, Map<String, Map<String, Map<String, Key>>>> KEYS = new EnumMap<>(TableId.class);
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
      key = new Key(cell.getAddress(), cell.getTable(), cell.getKind(), BY_ADDRESS.size());
      for (Edition edition : new Edition[] {Edition.GOV_2019, Edition.GOV_2021}) {
        if (cell.isIn(edition)) {
          key.cells[edition == Edition.GOV_2019 ? 0 : 1] = cell;
        }
      }
      BY_ADDRESS.put(cell.getAddress(), key);
      String block = cell.getBlock().map(b -> b.getId()).orElse("");
      KEYS.get(cell.getTable()).computeIfAbsent(block, b -> new HashMap<>())
          .computeIfAbsent(cell.getRowId(), r -> new HashMap<>())
          .put(cell.getColumnId(), key);
    }
  }

  private JsonShape() {}

  /** Returns the number of distinct cell keys of both editions. */
  static int keyCount() {
    return BY_ADDRESS.size();
  }

  /** Returns the blocks of table 二, or for t3 and t4 the single entry "" holding their rows. */
  static Map<String, Map<String, Map<String, Key>>> blocks(TableId table) {
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

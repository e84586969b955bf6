package io.github.xxgk.disclosure.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A mutable sheet of cell values keyed by catalog cell, for building a report cell by cell (readers, CSV, generic
 * tools).
 *
 * <p>A table is part of the built report once one of its cells is put or it is {@linkplain #include included};
 * cells never put hold 0. Not thread-safe.
 */
public final class CellSheet {
  /** The cells of the typed fields of a GOV_2019 table 二, in the order {@link #proactive2019()} reads them. */
  private static final Cell[] T2_2019 = cells(Catalog.of(Edition.GOV_2019),
      "t2.art20_1.regulations.newly_made", "t2.art20_1.regulations.newly_published",
      "t2.art20_1.regulations.total_published", "t2.art20_1.normative_documents.newly_made",
      "t2.art20_1.normative_documents.newly_published", "t2.art20_1.normative_documents.total_published",
      "t2.art20_5.administrative_licensing.items_prev_year", "t2.art20_5.administrative_licensing.items_change",
      "t2.art20_5.administrative_licensing.decisions",
      "t2.art20_5.other_external_management_services.items_prev_year",
      "t2.art20_5.other_external_management_services.items_change",
      "t2.art20_5.other_external_management_services.decisions",
      "t2.art20_6.administrative_penalty.items_prev_year", "t2.art20_6.administrative_penalty.items_change",
      "t2.art20_6.administrative_penalty.decisions", "t2.art20_6.administrative_coercion.items_prev_year",
      "t2.art20_6.administrative_coercion.items_change", "t2.art20_6.administrative_coercion.decisions",
      "t2.art20_8.administrative_fees.items_prev_year", "t2.art20_8.administrative_fees.items_change",
      "t2.art20_9.government_centralized_procurement.procurement_projects",
      "t2.art20_9.government_centralized_procurement.procurement_amount");
  /** The cells of the typed fields of a GOV_2021 table 二, in the order {@link #proactive2021()} reads them. */
  private static final Cell[] T2_2021 = cells(Catalog.of(Edition.GOV_2021),
      "t2.art20_1.regulations.issued", "t2.art20_1.regulations.repealed", "t2.art20_1.regulations.in_force",
      "t2.art20_1.normative_documents.issued", "t2.art20_1.normative_documents.repealed",
      "t2.art20_1.normative_documents.in_force", "t2.art20_5.administrative_licensing.decisions",
      "t2.art20_6.administrative_penalty.decisions", "t2.art20_6.administrative_coercion.decisions",
      "t2.art20_8.administrative_fees.fee_amount");
  private static final TableId[] TABLES = TableId.values();
  /** The cells of each catalog by ordinal (index: 2 × table 二 is GOV_2021 + table 三 is GOV_2021). */
  private static final Cell[][] MEMBERS = new Cell[4][];

  static {
    Edition[] editions = {Edition.GOV_2019, Edition.GOV_2021};
    for (Edition proactive : editions) {
      for (Edition requests : editions) {
        MEMBERS[layout(proactive, requests)] = byOrdinal(Catalog.of(proactive, requests));
      }
    }
  }

  private final Catalog catalog;
  /** This catalog's cells by ordinal: a cell is in the catalog when it is its own entry. */
  private final Cell[] members;
  private final CellValue[] values = new CellValue[Catalog.cellCount()];
  private final Set<TableId> tables = EnumSet.noneOf(TableId.class);

  private CellSheet(Catalog catalog) {
    this.catalog = catalog;
    this.members = MEMBERS[layout(catalog.getProactiveEdition(), catalog.getRequestsEdition())];
  }

  private static int layout(Edition proactive, Edition requests) {
    return (proactive == Edition.GOV_2021 ? 2 : 0) + (requests == Edition.GOV_2021 ? 1 : 0);
  }

  /** Returns whether the cell is in this sheet's catalog, by its ordinal. */
  private boolean contains(Cell cell) {
    return members[cell.getOrdinal()] == cell;
  }

  /** Returns an empty sheet for the given catalog. */
  public static CellSheet of(Catalog catalog) {
    return new CellSheet(catalog);
  }

  /** Returns a sheet holding every cell of the report's tables. */
  public static CellSheet from(Report report) {
    CellSheet sheet = new CellSheet(report.getCatalog());
    for (TableId table : TableId.values()) {
      if (report.hasTable(table)) {
        sheet.include(table);
        for (Cell cell : sheet.catalog.getCells(table)) {
          sheet.values[cell.getOrdinal()] = report.get(cell);
        }
      }
    }
    return sheet;
  }

  public Catalog getCatalog() {
    return catalog;
  }

  /** Puts the value of a cell of this sheet's catalog. */
  public CellSheet put(Cell cell, CellValue value) {
    if (!contains(cell)) {
      throw new IllegalArgumentException("no cell " + cell + " in the " + catalog);
    }
    if (value.isValue()) {
      if (cell.getKind() == CellKind.MONEY && value.getMoney().isEmpty()) {
        throw new IllegalArgumentException("cell " + cell + " holds an amount, not a count: " + value);
      }
      if (cell.getKind() != CellKind.MONEY) {
        try {
          value.toCount(); // without an Optional per cell: this is the readers' hot path
        } catch (IllegalStateException e) {
          throw new IllegalArgumentException("cell " + cell + " holds a count, not an amount: " + value, e);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException("cell " + cell + " holds a whole number in the long range: " + value, e);
        }
      }
    }
    values[cell.getOrdinal()] = value;
    tables.add(cell.getTable());
    return this;
  }

  /** Puts a count. */
  public CellSheet put(Cell cell, long count) {
    return put(cell, CellValue.of(count));
  }

  /** Puts the value of the cell at the given address. */
  public CellSheet put(String address, CellValue value) {
    return put(catalog.get(address), value);
  }

  /** Makes the table part of the report even if none of its cells is put. */
  public CellSheet include(TableId table) {
    tables.add(table);
    return this;
  }

  /** Returns whether the table is part of the report. */
  public boolean includes(TableId table) {
    return tables.contains(table);
  }

  /** Returns the value put for a cell, if any. */
  public Optional<CellValue> get(Cell cell) {
    return contains(cell) ? Optional.ofNullable(values[cell.getOrdinal()]) : Optional.empty();
  }

  /**
   * Sets the edition, the tables included, the printed texts and the cell states on a report builder; the caller
   * adds the year, the body and the rest.
   */
  public ImmutableReport.Builder applyTo(ImmutableReport.Builder builder) {
    builder.edition(catalog.getEdition());
    if (tables.contains(TableId.PROACTIVE)) {
      builder.proactive(catalog.getProactiveEdition() == Edition.GOV_2019 ? proactive2019() : proactive2021());
    }
    if (tables.contains(TableId.REQUESTS)) {
      ImmutableRequestTable.Builder t3 = RequestTable.builder().edition(catalog.getRequestsEdition());
      for (CatalogRow row : catalog.getRows(TableId.REQUESTS)) {
        t3.putRows(row.getCells().get(0).requestRow, applicantCounts(row.getCells()));
      }
      builder.requests(t3.build());
    }
    if (tables.contains(TableId.REVIEW_LITIGATION)) {
      ResultCounts[] groups = new ResultCounts[3];
      for (CatalogRow row : catalog.getRows(TableId.REVIEW_LITIGATION)) {
        groups[row.getCells().get(0).reviewGroup.ordinal()] = resultCounts(row.getCells());
      }
      builder.reviewLitigation(ReviewLitigationTable.of(groups[0], groups[1], groups[2]));
    }
    for (TableId table : TABLES) {
      if (!tables.contains(table)) {
        continue;
      }
      for (Cell cell : catalog.getCells(table)) {
        CellValue value = values[cell.getOrdinal()];
        if (value == null) {
          continue;
        }
        if (!value.isValue()) {
          builder.putStates(cell.getAddress(), value.getState());
        }
        if (value.getPrinted().isPresent() && value.getMoney().isEmpty()) {
          builder.putPrinted(cell.getAddress(), value.getPrinted().get());
        }
      }
    }
    return builder;
  }

  private long count(Cell cell) {
    CellValue value = values[cell.getOrdinal()];
    return value == null ? 0 : value.toCount();
  }

  /** Returns the count of the cell with the given index in {@code cells}. */
  private long count(Cell[] cells, int index) {
    return count(cells[index]);
  }

  private Optional<Money> money(Cell cell) {
    CellValue value = values[cell.getOrdinal()];
    return value == null ? Optional.empty() : value.getMoney();
  }

  /** Returns the row of table 三, sharing the row of zeros. */
  private ApplicantCounts applicantCounts(List<Cell> cells) {
    long naturalPerson = count(cells.get(0));
    long commercialEnterprise = count(cells.get(1));
    long researchInstitution = count(cells.get(2));
    long socialWelfareOrg = count(cells.get(3));
    long legalServiceOrg = count(cells.get(4));
    long otherOrg = count(cells.get(5));
    long total = count(cells.get(6));
    if ((naturalPerson | commercialEnterprise | researchInstitution | socialWelfareOrg | legalServiceOrg | otherOrg
        | total) == 0) {
      return ApplicantCounts.ZERO;
    }
    return ApplicantCounts.of(naturalPerson, commercialEnterprise, researchInstitution, socialWelfareOrg,
        legalServiceOrg, otherOrg, total);
  }

  /** Returns the group of table 四, sharing the group of zeros. */
  private ResultCounts resultCounts(List<Cell> cells) {
    long upheld = count(cells.get(0));
    long corrected = count(cells.get(1));
    long otherResult = count(cells.get(2));
    long pending = count(cells.get(3));
    long total = count(cells.get(4));
    if ((upheld | corrected | otherResult | pending | total) == 0) {
      return ResultCounts.ZERO;
    }
    return ResultCounts.of(upheld, corrected, otherResult, pending, total);
  }

  private Proactive2019 proactive2019() {
    Cell[] c = T2_2019;
    return Proactive2019.builder()
        .regulations(DocumentCounts2019.of(count(c, 0), count(c, 1), count(c, 2)))
        .normativeDocuments(DocumentCounts2019.of(count(c, 3), count(c, 4), count(c, 5)))
        .administrativeLicensing(ItemCounts2019.of(count(c, 6), count(c, 7), count(c, 8)))
        .otherExternalManagementServices(ItemCounts2019.of(count(c, 9), count(c, 10), count(c, 11)))
        .administrativePenalty(ItemCounts2019.of(count(c, 12), count(c, 13), count(c, 14)))
        .administrativeCoercion(ItemCounts2019.of(count(c, 15), count(c, 16), count(c, 17)))
        .administrativeFees(FeeItemCounts2019.of(count(c, 18), count(c, 19)))
        .governmentCentralizedProcurement(ImmutableProcurement2019.builder()
            .projects(count(c, 20))
            .amount(money(c[21]))
            .build())
        .build();
  }

  private Proactive2021 proactive2021() {
    Cell[] c = T2_2021;
    return Proactive2021.builder()
        .regulations(DocumentCounts2021.of(count(c, 0), count(c, 1), count(c, 2)))
        .normativeDocuments(DocumentCounts2021.of(count(c, 3), count(c, 4), count(c, 5)))
        .administrativeLicensingDecisions(count(c, 6))
        .administrativePenaltyDecisions(count(c, 7))
        .administrativeCoercionDecisions(count(c, 8))
        .administrativeFeeAmount(money(c[9]))
        .build();
  }

  /** Returns the cells at the given addresses, each looked up once. */
  private static Cell[] cells(Catalog catalog, String... addresses) {
    Cell[] cells = new Cell[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      cells[i] = catalog.get(addresses[i]);
    }
    return cells;
  }

  /** Returns the cells of the catalog by ordinal, null where the catalog lacks the cell. */
  private static Cell[] byOrdinal(Catalog catalog) {
    Cell[] cells = new Cell[Catalog.cellCount()];
    for (Cell cell : catalog.getCells()) {
      cells[cell.getOrdinal()] = cell;
    }
    return cells;
  }
}

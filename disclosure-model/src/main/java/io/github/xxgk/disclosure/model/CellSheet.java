package io.github.xxgk.disclosure.model;

import java.util.EnumSet;
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
  private final Catalog catalog;
  private final CellValue[] values = new CellValue[Catalog.cellCount()];
  private final Set<TableId> tables = EnumSet.noneOf(TableId.class);

  private CellSheet(Catalog catalog) {
    this.catalog = catalog;
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
    if (!catalog.contains(cell)) {
      throw new IllegalArgumentException("no cell " + cell + " in the " + catalog);
    }
    if (value.isValue()) {
      if (cell.getKind() == CellKind.MONEY && value.getMoney().isEmpty()) {
        throw new IllegalArgumentException("cell " + cell + " holds an amount, not a count: " + value);
      }
      if (cell.getKind() != CellKind.MONEY) {
        if (value.getMoney().isPresent()) {
          throw new IllegalArgumentException("cell " + cell + " holds a count, not an amount: " + value);
        }
        try {
          value.getNumber().orElseThrow().longValueExact();
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException("cell " + cell + " holds a whole number in the long range: " + value);
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
    return catalog.contains(cell) ? Optional.ofNullable(values[cell.getOrdinal()]) : Optional.empty();
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
        ImmutableApplicantCounts.Builder counts = ApplicantCounts.builder();
        counts.naturalPerson(count(row.getCells().get(0)))
            .commercialEnterprise(count(row.getCells().get(1)))
            .researchInstitution(count(row.getCells().get(2)))
            .socialWelfareOrg(count(row.getCells().get(3)))
            .legalServiceOrg(count(row.getCells().get(4)))
            .otherOrg(count(row.getCells().get(5)))
            .total(count(row.getCells().get(6)));
        t3.putRows(row.getCells().get(0).requestRow, counts.build());
      }
      builder.requests(t3.build());
    }
    if (tables.contains(TableId.REVIEW_LITIGATION)) {
      ResultCounts[] groups = new ResultCounts[3];
      for (CatalogRow row : catalog.getRows(TableId.REVIEW_LITIGATION)) {
        groups[row.getCells().get(0).reviewGroup.ordinal()] = ResultCounts.of(count(row.getCells().get(0)),
            count(row.getCells().get(1)), count(row.getCells().get(2)), count(row.getCells().get(3)),
            count(row.getCells().get(4)));
      }
      builder.reviewLitigation(ReviewLitigationTable.of(groups[0], groups[1], groups[2]));
    }
    for (Cell cell : catalog.getCells()) {
      CellValue value = values[cell.getOrdinal()];
      if (value == null || !tables.contains(cell.getTable())) {
        continue;
      }
      if (!value.isValue()) {
        builder.putStates(cell.getAddress(), value.getState());
      }
      if (value.getPrinted().isPresent() && value.getMoney().isEmpty()) {
        builder.putPrinted(cell.getAddress(), value.getPrinted().get());
      }
    }
    return builder;
  }

  private long count(Cell cell) {
    CellValue value = values[cell.getOrdinal()];
    return value == null ? 0 : value.toCount();
  }

  private long count(String address) {
    return count(catalog.get(address));
  }

  private Optional<Money> money(String address) {
    CellValue value = values[catalog.get(address).getOrdinal()];
    return value == null ? Optional.empty() : value.getMoney();
  }

  private Proactive2019 proactive2019() {
    String p = "t2.";
    return Proactive2019.builder()
        .regulations(DocumentCounts2019.of(count(p + "art20_1.regulations.newly_made"),
            count(p + "art20_1.regulations.newly_published"), count(p + "art20_1.regulations.total_published")))
        .normativeDocuments(DocumentCounts2019.of(count(p + "art20_1.normative_documents.newly_made"),
            count(p + "art20_1.normative_documents.newly_published"),
            count(p + "art20_1.normative_documents.total_published")))
        .administrativeLicensing(items(p + "art20_5.administrative_licensing."))
        .otherExternalManagementServices(items(p + "art20_5.other_external_management_services."))
        .administrativePenalty(items(p + "art20_6.administrative_penalty."))
        .administrativeCoercion(items(p + "art20_6.administrative_coercion."))
        .administrativeFees(FeeItemCounts2019.of(count(p + "art20_8.administrative_fees.items_prev_year"),
            count(p + "art20_8.administrative_fees.items_change")))
        .governmentCentralizedProcurement(ImmutableProcurement2019.builder()
            .projects(count(p + "art20_9.government_centralized_procurement.procurement_projects"))
            .amount(money(p + "art20_9.government_centralized_procurement.procurement_amount"))
            .build())
        .build();
  }

  private ItemCounts2019 items(String row) {
    return ItemCounts2019.of(count(row + "items_prev_year"), count(row + "items_change"), count(row + "decisions"));
  }

  private Proactive2021 proactive2021() {
    String p = "t2.";
    return Proactive2021.builder()
        .regulations(DocumentCounts2021.of(count(p + "art20_1.regulations.issued"),
            count(p + "art20_1.regulations.repealed"), count(p + "art20_1.regulations.in_force")))
        .normativeDocuments(DocumentCounts2021.of(count(p + "art20_1.normative_documents.issued"),
            count(p + "art20_1.normative_documents.repealed"), count(p + "art20_1.normative_documents.in_force")))
        .administrativeLicensingDecisions(count(p + "art20_5.administrative_licensing.decisions"))
        .administrativePenaltyDecisions(count(p + "art20_6.administrative_penalty.decisions"))
        .administrativeCoercionDecisions(count(p + "art20_6.administrative_coercion.decisions"))
        .administrativeFeeAmount(money(p + "art20_8.administrative_fees.fee_amount"))
        .build();
  }
}

package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.ApplicantCounts;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.DocumentCounts2019;
import io.github.xxgk.disclosure.model.DocumentCounts2021;
import io.github.xxgk.disclosure.model.ItemCounts2019;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.Proactive2019;
import io.github.xxgk.disclosure.model.Proactive2021;
import io.github.xxgk.disclosure.model.ProactiveTable;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.RequestTable;
import io.github.xxgk.disclosure.model.ResultCounts;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewLitigationTable;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.TableId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts and cell states of one report, indexed by cell ordinal, read once per check from the typed tables
 * (no lookup by address except for the cells the report lists as blank or unresolved).
 */
final class Sheet {
  static final byte VALUE = 0;
  static final byte BLANK = 1;
  static final byte UNRESOLVED = 2;

  final Report report;
  final Catalog catalog;
  final Plan plan;
  final long[] counts = new long[Catalog.cellCount()];
  final byte[] states = new byte[Catalog.cellCount()];
  final boolean[] tables = new boolean[Plan.TABLES.length];
  /** The amount of table 二's money cell when it holds a value, else null. */
  final Money money;
  /** How many cells are unresolved, and how many blank. */
  final int unresolved;
  final int blanks;

  Sheet(Report report) {
    this.report = report;
    this.catalog = report.getCatalog();
    this.plan = Plan.of(catalog);
    Optional<ProactiveTable> proactive = report.getProactive();
    Optional<Money> amount = Optional.empty();
    if (proactive.isPresent()) {
      tables[TableId.PROACTIVE.ordinal()] = true;
      ProactiveTable table = proactive.get();
      int[] o = plan.proactiveOrdinals;
      if (table instanceof Proactive2019) {
        Proactive2019 t = (Proactive2019) table;
        documents(t.getRegulations(), o, 0);
        documents(t.getNormativeDocuments(), o, 3);
        items(t.getAdministrativeLicensing(), o, 6);
        items(t.getOtherExternalManagementServices(), o, 9);
        items(t.getAdministrativePenalty(), o, 12);
        items(t.getAdministrativeCoercion(), o, 15);
        counts[o[18]] = t.getAdministrativeFees().getItemsPrevYear();
        counts[o[19]] = t.getAdministrativeFees().getItemsChange();
        counts[o[20]] = t.getGovernmentCentralizedProcurement().getProjects();
        amount = t.getGovernmentCentralizedProcurement().getAmount();
      } else {
        Proactive2021 t = (Proactive2021) table;
        documents(t.getRegulations(), o, 0);
        documents(t.getNormativeDocuments(), o, 3);
        counts[o[6]] = t.getAdministrativeLicensingDecisions();
        counts[o[7]] = t.getAdministrativePenaltyDecisions();
        counts[o[8]] = t.getAdministrativeCoercionDecisions();
        amount = t.getAdministrativeFeeAmount();
      }
    }
    Optional<RequestTable> requests = report.getRequests();
    if (requests.isPresent()) {
      tables[TableId.REQUESTS.ordinal()] = true;
      RequestTable table = requests.get();
      for (int r = 0; r < plan.requestRows.length; r++) {
        ApplicantCounts row = table.getRow(plan.requestRows[r]);
        Cell[] cells = plan.requestCells[r];
        counts[cells[0].getOrdinal()] = row.getNaturalPerson();
        counts[cells[1].getOrdinal()] = row.getCommercialEnterprise();
        counts[cells[2].getOrdinal()] = row.getResearchInstitution();
        counts[cells[3].getOrdinal()] = row.getSocialWelfareOrg();
        counts[cells[4].getOrdinal()] = row.getLegalServiceOrg();
        counts[cells[5].getOrdinal()] = row.getOtherOrg();
        counts[cells[6].getOrdinal()] = row.getTotal();
      }
    }
    Optional<ReviewLitigationTable> reviewLitigation = report.getReviewLitigation();
    if (reviewLitigation.isPresent()) {
      tables[TableId.REVIEW_LITIGATION.ordinal()] = true;
      ReviewLitigationTable table = reviewLitigation.get();
      for (ReviewGroup group : Plan.GROUPS) {
        ResultCounts row = table.get(group);
        Cell[] cells = Plan.REVIEW_CELLS[group.ordinal()];
        for (int c = 0; c < cells.length; c++) {
          counts[cells[c].getOrdinal()] = row.get(Plan.RESULTS[c]);
        }
      }
    }
    int unresolvedCells = 0;
    int blankCells = 0;
    Map<String, CellState> listed = report.getStates();
    if (!listed.isEmpty()) {
      for (Map.Entry<String, CellState> e : listed.entrySet()) {
        Cell cell = catalog.get(e.getKey());
        if (e.getValue() == CellState.BLANK) {
          states[cell.getOrdinal()] = BLANK;
          blankCells++;
        } else {
          states[cell.getOrdinal()] = UNRESOLVED;
          unresolvedCells++;
        }
      }
    }
    this.unresolved = unresolvedCells;
    this.blanks = blankCells;
    this.money = plan.money != null && isValue(plan.money) ? amount.orElse(null) : null;
  }

  private void documents(DocumentCounts2019 row, int[] o, int at) {
    counts[o[at]] = row.getNewlyMade();
    counts[o[at + 1]] = row.getNewlyPublished();
    counts[o[at + 2]] = row.getTotalPublished();
  }

  private void documents(DocumentCounts2021 row, int[] o, int at) {
    counts[o[at]] = row.getIssued();
    counts[o[at + 1]] = row.getRepealed();
    counts[o[at + 2]] = row.getInForce();
  }

  private void items(ItemCounts2019 row, int[] o, int at) {
    counts[o[at]] = row.getItemsPrevYear();
    counts[o[at + 1]] = row.getItemsChange();
    counts[o[at + 2]] = row.getDecisions();
  }

  boolean has(TableId table) {
    return tables[table.ordinal()];
  }

  long count(Cell cell) {
    return counts[cell.getOrdinal()];
  }

  boolean isBlank(Cell cell) {
    return states[cell.getOrdinal()] == BLANK;
  }

  boolean isUnresolved(Cell cell) {
    return states[cell.getOrdinal()] == UNRESOLVED;
  }

  boolean isValue(Cell cell) {
    return states[cell.getOrdinal()] == VALUE;
  }

  /** What a check reads of one catalog, as arrays computed once per catalog. */
  static final class Plan {
    static final TableId[] TABLES = TableId.values();
    /** The count cells of table 二 in the order {@link Sheet} reads them from the typed tables. */
    static final String[] T2_2019 = {"art20_1.regulations.newly_made", "art20_1.regulations.newly_published",
        "art20_1.regulations.total_published", "art20_1.normative_documents.newly_made",
        "art20_1.normative_documents.newly_published", "art20_1.normative_documents.total_published",
        "art20_5.administrative_licensing.items_prev_year", "art20_5.administrative_licensing.items_change",
        "art20_5.administrative_licensing.decisions", "art20_5.other_external_management_services.items_prev_year",
        "art20_5.other_external_management_services.items_change",
        "art20_5.other_external_management_services.decisions", "art20_6.administrative_penalty.items_prev_year",
        "art20_6.administrative_penalty.items_change", "art20_6.administrative_penalty.decisions",
        "art20_6.administrative_coercion.items_prev_year", "art20_6.administrative_coercion.items_change",
        "art20_6.administrative_coercion.decisions", "art20_8.administrative_fees.items_prev_year",
        "art20_8.administrative_fees.items_change", "art20_9.government_centralized_procurement.procurement_projects"};
    static final String[] T2_2021 = {"art20_1.regulations.issued", "art20_1.regulations.repealed",
        "art20_1.regulations.in_force", "art20_1.normative_documents.issued", "art20_1.normative_documents.repealed",
        "art20_1.normative_documents.in_force", "art20_5.administrative_licensing.decisions",
        "art20_6.administrative_penalty.decisions", "art20_6.administrative_coercion.decisions"};
    static final ReviewGroup[] GROUPS = ReviewGroup.values();
    static final ReviewResult[] RESULTS = ReviewResult.values();
    static final Cell[][] REVIEW_CELLS = new Cell[GROUPS.length][];
    private static final Plan[] PLANS = new Plan[4];

    static {
      Catalog any = Catalog.of(Edition.GOV_2021);
      for (ReviewGroup group : GROUPS) {
        REVIEW_CELLS[group.ordinal()] = new Cell[RESULTS.length];
        for (ReviewResult result : RESULTS) {
          REVIEW_CELLS[group.ordinal()][result.ordinal()] = any.get(group, result);
        }
      }
      for (Edition proactive : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
        for (Edition requests : List.of(Edition.GOV_2019, Edition.GOV_2021)) {
          PLANS[index(proactive, requests)] = new Plan(Catalog.of(proactive, requests));
        }
      }
    }

    /** Every cell in catalog order. */
    final Cell[] cells;
    /** Per table: its cells in catalog order. */
    final Cell[][] tableCells = new Cell[TABLES.length][];
    /** Per table: its {@link CellKind#COUNT} cells. */
    final Cell[][] countCells = new Cell[TABLES.length][];
    /** The ordinals of table 二's count cells (signed or not), in the order of {@link #T2_2019} or T2_2021. */
    final int[] proactiveOrdinals;
    /** The money cell of table 二. */
    final Cell money;
    final RequestRow[] requestRows;
    /** Per table 三 row: its cells in {@link Applicant} order. */
    final Cell[][] requestCells;

    private Plan(Catalog catalog) {
      cells = catalog.getCells().toArray(new Cell[0]);
      for (TableId table : TABLES) {
        List<Cell> inTable = catalog.getCells(table);
        tableCells[table.ordinal()] = inTable.toArray(new Cell[0]);
        countCells[table.ordinal()] = inTable.stream().filter(c -> c.getKind() == CellKind.COUNT)
            .toArray(Cell[]::new);
      }
      String[] order = catalog.getProactiveEdition() == Edition.GOV_2019 ? T2_2019 : T2_2021;
      proactiveOrdinals = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        proactiveOrdinals[i] = catalog.get("t2." + order[i]).getOrdinal();
      }
      if (catalog.getCells(TableId.PROACTIVE).stream().filter(c -> c.getKind() != CellKind.MONEY).count()
          != order.length) {
        throw new IllegalStateException("table 二 count cells are not " + List.of(order));
      }
      money = catalog.getCells(TableId.PROACTIVE).stream().filter(c -> c.getKind() == CellKind.MONEY).findFirst()
          .orElse(null);
      requestRows = RequestRow.of(catalog.getRequestsEdition()).toArray(new RequestRow[0]);
      requestCells = new Cell[requestRows.length][];
      for (int r = 0; r < requestRows.length; r++) {
        requestCells[r] = new Cell[Applicant.values().length];
        for (Applicant column : Applicant.values()) {
          requestCells[r][column.ordinal()] = catalog.get(requestRows[r], column);
        }
      }
    }

    static Plan of(Catalog catalog) {
      return PLANS[index(catalog.getProactiveEdition(), catalog.getRequestsEdition())];
    }

    private static int index(Edition proactive, Edition requests) {
      return (proactive == Edition.GOV_2019 ? 0 : 2) + (requests == Edition.GOV_2019 ? 0 : 1);
    }
  }
}

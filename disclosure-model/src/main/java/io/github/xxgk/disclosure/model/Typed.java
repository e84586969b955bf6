package io.github.xxgk.disclosure.model;

import java.util.Optional;

/** Maps the table 二 cells of the catalog to the typed attributes of {@link Proactive2019} and {@link Proactive2021}. */
final class Typed {
  private Typed() {}

  static long count(ProactiveTable table, Cell cell) {
    if (table instanceof Proactive2019) {
      Proactive2019 t = (Proactive2019) table;
      switch (cell.getRowId()) {
        case "regulations":
          return documents(t.getRegulations(), cell);
        case "normative_documents":
          return documents(t.getNormativeDocuments(), cell);
        case "administrative_licensing":
          return items(t.getAdministrativeLicensing(), cell);
        case "other_external_management_services":
          return items(t.getOtherExternalManagementServices(), cell);
        case "administrative_penalty":
          return items(t.getAdministrativePenalty(), cell);
        case "administrative_coercion":
          return items(t.getAdministrativeCoercion(), cell);
        case "administrative_fees":
          return "items_change".equals(cell.getColumnId())
              ? t.getAdministrativeFees().getItemsChange()
              : t.getAdministrativeFees().getItemsPrevYear();
        default:
          if ("procurement_projects".equals(cell.getColumnId())) {
            return t.getGovernmentCentralizedProcurement().getProjects();
          }
          throw notCount(cell);
      }
    }
    Proactive2021 t = (Proactive2021) table;
    switch (cell.getRowId()) {
      case "regulations":
        return documents(t.getRegulations(), cell);
      case "normative_documents":
        return documents(t.getNormativeDocuments(), cell);
      case "administrative_licensing":
        return t.getAdministrativeLicensingDecisions();
      case "administrative_penalty":
        return t.getAdministrativePenaltyDecisions();
      case "administrative_coercion":
        return t.getAdministrativeCoercionDecisions();
      default:
        throw notCount(cell);
    }
  }

  static Optional<Money> money(ProactiveTable table, Cell cell) {
    if (table instanceof Proactive2019) {
      return ((Proactive2019) table).getGovernmentCentralizedProcurement().getAmount();
    }
    return ((Proactive2021) table).getAdministrativeFeeAmount();
  }

  private static long documents(DocumentCounts2019 counts, Cell cell) {
    switch (cell.getColumnId()) {
      case "newly_made":
        return counts.getNewlyMade();
      case "newly_published":
        return counts.getNewlyPublished();
      default:
        return counts.getTotalPublished();
    }
  }

  private static long documents(DocumentCounts2021 counts, Cell cell) {
    switch (cell.getColumnId()) {
      case "issued":
        return counts.getIssued();
      case "repealed":
        return counts.getRepealed();
      default:
        return counts.getInForce();
    }
  }

  private static long items(ItemCounts2019 counts, Cell cell) {
    switch (cell.getColumnId()) {
      case "items_prev_year":
        return counts.getItemsPrevYear();
      case "items_change":
        return counts.getItemsChange();
      default:
        return counts.getDecisions();
    }
  }

  private static IllegalArgumentException notCount(Cell cell) {
    return new IllegalArgumentException("not a count cell: " + cell);
  }
}

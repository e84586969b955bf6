package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Edition;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.TableId;

/** X-0..X-4 (FORMAT.md §5.4), bridging the 2020→2021 edition change (§4.1): table 三 is compared across it. */
final class CrossYear {
  private static final String[] ITEM_ROWS = {"t2.art20_5.administrative_licensing",
      "t2.art20_5.other_external_management_services", "t2.art20_6.administrative_penalty",
      "t2.art20_6.administrative_coercion", "t2.art20_8.administrative_fees"};
  private static final String[] DOCUMENT_ROWS = {"t2.art20_1.regulations", "t2.art20_1.normative_documents"};

  private CrossYear() {}

  static void check(Sheet last, Sheet current, Sink sink) {
    String lastBody = last.report.getBody().strip();
    String thisBody = current.report.getBody().strip();
    if (!lastBody.equals(thisBody) || current.report.getYear() != last.report.getYear() + 1) {
      if (sink.on(Rules.X_0)) {
        sink.add(Finding.of(Rules.X_0).value("lastBody", lastBody).value("lastYear", last.report.getYear())
            .value("thisBody", thisBody).value("thisYear", current.report.getYear()));
      }
      return;
    }
    if (last.has(TableId.REQUESTS) && current.has(TableId.REQUESTS) && sink.on(Rules.X_1)) {
      carriedOver(last, current, sink);
    }
    if (!last.has(TableId.PROACTIVE) || !current.has(TableId.PROACTIVE)) {
      return;
    }
    Edition before = last.catalog.getProactiveEdition();
    Edition after = current.catalog.getProactiveEdition();
    if (before == Edition.GOV_2019 && after == Edition.GOV_2019) {
      items(last, current, sink);
      totalPublished(last, current, sink);
    } else if (before == Edition.GOV_2021 && after == Edition.GOV_2021 && sink.on(Rules.X_3)) {
      inForce(last, current, sink);
    }
  }

  private static void carriedOver(Sheet last, Sheet current, Sink sink) {
    Catalog catalog = current.catalog;
    for (Applicant column : Applicant.values()) {
      Cell now = catalog.get(RequestRow.CARRIED_OVER_FROM_PREVIOUS, column);
      Cell before = last.catalog.get(RequestRow.CARRIED_OVER_TO_NEXT, column);
      if (current.isUnresolved(now) || last.isUnresolved(before)) {
        continue;
      }
      if (column == Applicant.TOTAL && (current.isBlank(now) || last.isBlank(before))) {
        continue;
      }
      if (current.count(now) != last.count(before)) {
        sink.add(Finding.of(Rules.X_1).cells(now, before).reported(current.count(now)).computed(last.count(before))
            .value("column", column.getLabel()));
      }
    }
  }

  private static void items(Sheet last, Sheet current, Sink sink) {
    if (!sink.on(Rules.X_2)) {
      return;
    }
    Catalog catalog = current.catalog;
    for (String row : ITEM_ROWS) {
      Cell prev = catalog.get(row + ".items_prev_year");
      Cell change = catalog.get(row + ".items_change");
      if (!Proactive.allValues(current, prev) || !Proactive.allValues(last, prev, change)) {
        continue;
      }
      long expected = last.count(prev) + last.count(change);
      if (current.count(prev) != expected) {
        sink.add(Finding.of(Rules.X_2).cells(prev, prev, change).reported(current.count(prev)).computed(expected)
            .value("row", label(catalog, row)));
      }
    }
  }

  private static void totalPublished(Sheet last, Sheet current, Sink sink) {
    if (!sink.on(Rules.X_4)) {
      return;
    }
    for (String row : DOCUMENT_ROWS) {
      Cell total = current.catalog.get(row + ".total_published");
      if (Proactive.allValues(current, total) && Proactive.allValues(last, total)
          && current.count(total) < last.count(total)) {
        sink.add(Finding.of(Rules.X_4).cells(total, total).reported(current.count(total))
            .computed(last.count(total)).value("row", label(current.catalog, row)));
      }
    }
  }

  private static void inForce(Sheet last, Sheet current, Sink sink) {
    for (String row : DOCUMENT_ROWS) {
      Catalog catalog = current.catalog;
      Cell inForce = catalog.get(row + ".in_force");
      Cell issued = catalog.get(row + ".issued");
      Cell repealed = catalog.get(row + ".repealed");
      if (!Proactive.allValues(current, inForce, issued, repealed) || !Proactive.allValues(last, inForce)) {
        continue;
      }
      long expected = last.count(inForce) + current.count(issued) - current.count(repealed);
      if (current.count(inForce) != expected) {
        sink.add(Finding.of(Rules.X_3).cells(inForce, inForce, issued, repealed).reported(current.count(inForce))
            .computed(expected).value("row", label(catalog, row)));
      }
    }
  }

  private static String label(Catalog catalog, String row) {
    return String.join(" › ", catalog.findRow(row).orElseThrow().getLabelPath());
  }
}

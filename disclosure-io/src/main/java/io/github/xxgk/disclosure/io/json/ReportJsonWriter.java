package io.github.xxgk.disclosure.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellState;
import io.github.xxgk.disclosure.model.ExtraRow;
import io.github.xxgk.disclosure.model.Money;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** Writes the canonical JSON of a report: keys in a fixed order, cells in catalog order, nothing the report holds dropped. */
final class ReportJsonWriter {
  private ReportJsonWriter() {}

  static void write(Report report, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("edition", report.getEdition().name());
    g.writeNumberField("year", report.getYear());
    g.writeStringField("body", report.getBody());
    optional(g, "level", report.getLevel().map(l -> l.getId()));
    optional(g, "title", report.getTitle());
    optional(g, "publish_date", report.getPublishDate().map(Object::toString));
    optional(g, "index_number", report.getIndexNumber());
    optional(g, "document_number", report.getDocumentNumber());
    optional(g, "cited_notice", report.getCitedNotice());
    optional(g, "issuer", report.getIssuer());
    optional(g, "source_url", report.getSourceUrl());
    if (!report.getSections().isEmpty()) {
      g.writeObjectFieldStart("sections");
      for (Section section : Section.values()) {
        String text = report.getSections().get(section);
        if (text != null) {
          g.writeStringField(section.getId(), text);
        }
      }
      g.writeEndObject();
    }
    Catalog catalog = report.getCatalog();
    boolean mixed = !report.getEdition().isOfficial();
    if (report.hasTable(TableId.PROACTIVE) || report.hasTable(TableId.REQUESTS)
        || report.hasTable(TableId.REVIEW_LITIGATION)) {
      g.writeObjectFieldStart("tables");
      if (report.hasTable(TableId.PROACTIVE)) {
        g.writeObjectFieldStart("t2");
        if (mixed) {
          g.writeStringField("edition", catalog.getProactiveEdition().name());
        }
        for (ProactiveBlock block : catalog.getBlocks()) {
          g.writeObjectFieldStart(block.getId());
          for (CatalogRow row : catalog.getRows(block)) {
            row(report, row, g);
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      if (report.hasTable(TableId.REQUESTS)) {
        g.writeObjectFieldStart("t3");
        if (mixed) {
          g.writeStringField("edition", catalog.getRequestsEdition().name());
        }
        rows(report, catalog, TableId.REQUESTS, g);
        g.writeEndObject();
      }
      if (report.hasTable(TableId.REVIEW_LITIGATION)) {
        g.writeObjectFieldStart("t4");
        rows(report, catalog, TableId.REVIEW_LITIGATION, g);
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!report.getExtraRows().isEmpty()) {
      g.writeArrayFieldStart("extra_rows");
      for (ExtraRow row : report.getExtraRows()) {
        g.writeStartObject();
        g.writeStringField("table", row.getTable().getId());
        optional(g, "block", row.getBlock().map(b -> b.getId()));
        g.writeStringField("label", row.getLabel());
        g.writeArrayFieldStart("cells");
        for (String cell : row.getCells()) {
          g.writeString(cell);
        }
        g.writeEndArray();
        optional(g, "after", row.getAfter());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    boolean outside = false;
    for (Cell cell : catalog.getCells()) {
      String text = report.getPrinted().get(cell.getAddress());
      if (text != null && !report.hasTable(cell.getTable())) {
        if (!outside) {
          g.writeObjectFieldStart("printed");
          outside = true;
        }
        g.writeStringField(cell.getAddress(), text);
      }
    }
    if (outside) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void rows(Report report, Catalog catalog, TableId table, JsonGenerator g) throws IOException {
    for (CatalogRow row : catalog.getRows(table)) {
      row(report, row, g);
    }
  }

  private static void row(Report report, CatalogRow row, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(row.getId());
    for (Cell cell : row.getCells()) {
      g.writeFieldName(cell.getColumnId());
      cell(report, cell, g);
    }
    g.writeEndObject();
  }

  private static void cell(Report report, Cell cell, JsonGenerator g) throws IOException {
    CellState state = report.getStates().get(cell.getAddress());
    String printed = report.getPrinted().get(cell.getAddress());
    if (cell.getKind() == CellKind.MONEY) {
      Optional<Money> money = state == null ? report.get(cell).getMoney() : Optional.empty();
      if (money.isPresent()) {
        Money m = money.get();
        g.writeStartObject();
        g.writeFieldName("amount");
        g.writeNumber(m.getAmount().toPlainString());
        g.writeStringField("unit", m.getUnit().getLabel());
        if (m.isUnitAssumed()) {
          g.writeBooleanField("unit_assumed", true);
        }
        optional(g, "printed", m.getPrinted());
        optional(g, "cell_printed", Optional.ofNullable(printed));
        g.writeEndObject();
        return;
      }
      if (state == null && printed == null) {
        g.writeNull();
        return;
      }
    } else if (state == null && printed == null) {
      g.writeNumber(report.getCount(cell));
      return;
    }
    g.writeStartObject();
    if (state != null) {
      g.writeStringField("state", state.name().toLowerCase(Locale.ROOT));
    } else if (cell.getKind() != CellKind.MONEY) {
      g.writeNumberField("value", report.getCount(cell));
    }
    optional(g, "printed", Optional.ofNullable(printed));
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}

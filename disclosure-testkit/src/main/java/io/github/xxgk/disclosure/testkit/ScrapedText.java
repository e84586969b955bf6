package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.Applicant;
import io.github.xxgk.disclosure.model.Catalog;
import io.github.xxgk.disclosure.model.CatalogRow;
import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.CellKind;
import io.github.xxgk.disclosure.model.CellValue;
import io.github.xxgk.disclosure.model.ProactiveBlock;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.RequestRow;
import io.github.xxgk.disclosure.model.ReviewGroup;
import io.github.xxgk.disclosure.model.ReviewResult;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints a report as text scraped from a published page, its tables flattened in one {@link FlatteningStyle}, for
 * testing text readers: print a generated report, read it back, compare.
 *
 * <p>The text holds the title, the six section titles with their texts and the tables with their official captions
 * and headers. Blank cells print their blank marker ({@code -}, {@code /}, …) or nothing. Immutable.
 */
public final class ScrapedText {
  private final FlatteningStyle style;

  private ScrapedText(FlatteningStyle style) {
    this.style = style;
  }

  /** Returns a printer of the given style. */
  public static ScrapedText of(FlatteningStyle style) {
    return new ScrapedText(Objects.requireNonNull(style, "style"));
  }

  public FlatteningStyle getStyle() {
    return style;
  }

  /** Returns the report as scraped text. */
  public String print(Report report) {
    StringBuilder out = new StringBuilder();
    out.append(report.getTitle().orElse(report.getBody() + report.getYear() + "年政府信息公开工作年度报告")).append('\n');
    out.append('\n');
    for (Section section : Section.values()) {
      out.append(section.getTitle()).append('\n');
      String text = report.getSections().get(section);
      if (text != null) {
        out.append(text).append('\n');
      }
      if (section == Section.PROACTIVE_DISCLOSURE && report.hasTable(TableId.PROACTIVE)) {
        proactive(report, out);
      } else if (section == Section.REQUESTS && report.hasTable(TableId.REQUESTS)) {
        requests(report, out);
      } else if (section == Section.REVIEW_LITIGATION && report.hasTable(TableId.REVIEW_LITIGATION)) {
        reviewLitigation(report, out);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private void proactive(Report report, StringBuilder out) {
    Catalog catalog = report.getCatalog();
    for (ProactiveBlock block : catalog.getBlocks()) {
      List<CatalogRow> rows = catalog.getRows(block);
      List<String> header = new ArrayList<>(List.of(ProactiveBlock.CONTENT_LABEL));
      for (Cell cell : rows.get(0).getCells()) {
        header.add(cell.getColumnLabel());
      }
      line(List.of(block.getLabel()), out);
      line(header, out);
      for (CatalogRow row : rows) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row.getCells()) {
          values.add(text(report, cell));
        }
        row(List.of(row.getLabel()), values, false, out);
      }
    }
  }

  private void requests(Report report, StringBuilder out) {
    Catalog catalog = report.getCatalog();
    line(List.of(RequestRow.IDENTITY_NOTE, Applicant.HEADER), out);
    line(List.of(Applicant.NATURAL_PERSON.getLabel(), Applicant.ORG_GROUP_LABEL, Applicant.TOTAL.getLabel()), out);
    List<String> orgs = new ArrayList<>();
    for (Applicant applicant : Applicant.parts()) {
      applicant.getGroupLabel().ifPresent(group -> orgs.add(applicant.getLabel()));
    }
    line(orgs, out);
    List<String> printedGroups = new ArrayList<>();
    for (RequestRow row : RequestRow.of(catalog.getRequestsEdition())) {
      List<String> path = row.getLabelPath();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < path.size() - 1; i++) {
        if (!printedGroups.contains(path.get(i))) {
          printedGroups.add(path.get(i));
          labels.add(path.get(i));
        }
      }
      labels.add(path.get(path.size() - 1));
      List<String> values = new ArrayList<>();
      for (Applicant applicant : Applicant.values()) {
        values.add(text(report, catalog.get(row, applicant)));
      }
      row(labels, values, true, out);
    }
  }

  private void reviewLitigation(Report report, StringBuilder out) {
    Catalog catalog = report.getCatalog();
    line(List.of(ReviewGroup.REVIEW.getLabel(), ReviewGroup.LITIGATION), out);
    List<String> second = new ArrayList<>();
    for (ReviewResult result : ReviewResult.values()) {
      second.add(result.getLabel());
    }
    second.add(ReviewGroup.LITIGATION_DIRECT.getLabel());
    second.add(ReviewGroup.LITIGATION_AFTER_REVIEW.getLabel());
    line(second, out);
    List<String> third = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (ReviewResult result : ReviewResult.values()) {
        third.add(result.getLabel());
      }
    }
    line(third, out);
    List<String> values = new ArrayList<>();
    for (ReviewGroup group : ReviewGroup.values()) {
      for (ReviewResult result : ReviewResult.values()) {
        values.add(text(report, catalog.get(group, result)));
      }
    }
    row(List.of(), values, true, out);
  }

  private void row(List<String> labels, List<String> values, boolean runTogether, StringBuilder out) {
    switch (style) {
      case NUMBER_RUNS:
        out.append(String.join("", labels)).append(labels.isEmpty() ? "" : " ").append(String.join(" ", values))
            .append('\n');
        break;
      case CONCATENATED_DIGITS:
        out.append(String.join("", labels)).append(runTogether ? "" : labels.isEmpty() ? "" : " ")
            .append(String.join(runTogether ? "" : " ", values)).append('\n');
        break;
      default:
        List<String> cells = new ArrayList<>(labels);
        cells.addAll(values);
        line(cells, out);
    }
  }

  private void line(List<String> cells, StringBuilder out) {
    switch (style) {
      case CELL_PER_LINE:
        for (String cell : cells) {
          out.append(cell).append('\n');
        }
        break;
      case PIPE_CELL_PER_LINE:
        for (String cell : cells) {
          out.append(cell).append('\n').append("|\n");
        }
        break;
      case PIPE_ROWS:
        out.append(String.join(" | ", cells)).append(" |\n");
        break;
      default:
        out.append(String.join(" ", cells)).append('\n');
    }
  }

  private static String text(Report report, Cell cell) {
    CellValue value = report.get(cell);
    if (!value.isValue()) {
      return value.getPrinted().orElse("");
    }
    if (cell.getKind() == CellKind.MONEY) {
      return value.getMoney().orElseThrow().getPrinted()
          .orElseGet(() -> value.getMoney().orElseThrow().getAmount().toPlainString());
    }
    long count = value.toCount();
    return cell.getKind() == CellKind.SIGNED_COUNT && count > 0 ? "+" + count : Long.toString(count);
  }
}

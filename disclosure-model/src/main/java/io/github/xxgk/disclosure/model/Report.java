package io.github.xxgk.disclosure.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One annual report: its edition, year, issuing body, metadata, the six section texts and the three tables.
 *
 * <p>Tables are optional because published reports omit them; {@link #getPrinted()} and {@link #getStates()} keep
 * what a reader saw (see the package documentation: blank is not zero).
 */
@Value.Immutable
public abstract class Report {
  Report() {}

  /** Returns a new builder. */
  public static ImmutableReport.Builder builder() {
    return ImmutableReport.builder();
  }

  /** Returns the edition of the tables: the edition both are printed in, or {@link Edition#MIXED}. */
  public abstract Edition getEdition();

  /** Returns the report year: the statistics cover 1 January to 31 December of it. */
  @Min(value = 2019, message = "must be >= 2019")
  public abstract int getYear();

  /** Returns the issuing body, e.g. {@code 张家口市宣化区人民政府}. */
  @NotBlank
  public abstract String getBody();

  /** Returns the administrative level of the body, when known. */
  public abstract Optional<BodyLevel> getLevel();

  /** Returns the title as published. */
  public abstract Optional<String> getTitle();

  /** Returns the publish date (发文日期 / 发布日期). */
  public abstract Optional<LocalDate> getPublishDate();

  /** Returns the index number (索引号). */
  public abstract Optional<String> getIndexNumber();

  /** Returns the document number (文号). */
  public abstract Optional<String> getDocumentNumber();

  /** Returns the notice the report says it follows, e.g. {@code 国办公开办函〔2021〕30号}. */
  public abstract Optional<String> getCitedNotice();

  /** Returns the publishing office (发布机构), when it differs from the body. */
  public abstract Optional<String> getIssuer();

  /** Returns the address the report was published at. */
  public abstract Optional<String> getSourceUrl();

  /** Returns the text of each section present, in section order. */
  public abstract Map<Section, String> getSections();

  /** Returns table 二. */
  public abstract Optional<@Valid ProactiveTable> getProactive();

  /** Returns table 三. */
  public abstract Optional<@Valid RequestTable> getRequests();

  /** Returns table 四. */
  public abstract Optional<@Valid ReviewLitigationTable> getReviewLitigation();

  /** Returns rows printed in the tables that are not in the official format, kept as printed. */
  public abstract List<ExtraRow> getExtraRows();

  /** Returns, per cell address, the text as published, for cells read from a source. */
  public abstract Map<String, String> getPrinted();

  /** Returns, per cell address, the cells printed blank or unresolved; every other cell holds a value. */
  public abstract Map<String, CellState> getStates();

  /** Returns the catalog of this report's tables. */
  public Catalog getCatalog() {
    Edition fallback = getEdition().isOfficial() ? getEdition() : Edition.forYear(getYear());
    Edition proactive = getProactive().map(ProactiveTable::getEdition).orElse(null);
    Edition requests = getRequests().map(RequestTable::getEdition).orElse(null);
    if (proactive == null) {
      proactive = requests == null ? fallback : requests;
    }
    if (requests == null) {
      requests = proactive;
    }
    return Catalog.of(proactive, requests);
  }

  /** Returns whether the report holds the given table. */
  public boolean hasTable(TableId table) {
    switch (table) {
      case PROACTIVE:
        return getProactive().isPresent();
      case REQUESTS:
        return getRequests().isPresent();
      default:
        return getReviewLitigation().isPresent();
    }
  }

  /** Returns the state of a cell of this report's catalog. */
  public CellState getState(Cell cell) {
    CellState state = getStates().get(cell.getAddress());
    return state == null ? CellState.VALUE : state;
  }

  /**
   * Returns the count in a count cell of a table this report holds: 0 when blank or unresolved (check
   * {@link #getState(Cell)}).
   */
  public long getCount(Cell cell) {
    switch (cell.getTable()) {
      case REQUESTS:
        return requests(cell).get(cell.requestRow, cell.applicant);
      case REVIEW_LITIGATION:
        return reviewLitigation(cell).get(cell.reviewGroup, cell.reviewResult);
      default:
        return Typed.count(proactive(cell), cell);
    }
  }

  /** Returns the value of a cell of a table this report holds. */
  public CellValue get(Cell cell) {
    CellState state = getState(cell);
    String printed = getPrinted().get(cell.getAddress());
    if (cell.getKind() == CellKind.MONEY) {
      Optional<Money> money = Typed.money(proactive(cell), cell);
      if (state == CellState.VALUE && money.isPresent()) {
        return CellValue.of(money.get());
      }
      state = state == CellState.VALUE ? CellState.BLANK : state;
    } else if (state == CellState.VALUE) {
      CellValue value = CellValue.of(getCount(cell));
      return printed == null ? value : value.withPrinted(printed);
    }
    if (state == CellState.UNRESOLVED) {
      return CellValue.unresolved(printed == null ? "" : printed);
    }
    return printed == null ? CellValue.blank() : CellValue.blank(printed);
  }

  @Value.Check
  void check() {
    Edition proactive = getProactive().map(ProactiveTable::getEdition).orElse(null);
    Edition requests = getRequests().map(RequestTable::getEdition).orElse(null);
    if (proactive != null && requests != null && proactive != requests) {
      if (getEdition() != Edition.MIXED) {
        throw new IllegalArgumentException("edition must be MIXED for a " + proactive + " table 二 and a " + requests
            + " table 三: " + getEdition());
      }
    } else {
      Edition tables = proactive != null ? proactive : requests;
      if (tables != null && getEdition() != tables) {
        throw new IllegalArgumentException("edition must be " + tables + " for its tables: " + getEdition());
      }
      if (tables == null && !getEdition().isOfficial()) {
        throw new IllegalArgumentException("edition must be GOV_2019 or GOV_2021 without table 二 and 三: MIXED");
      }
    }
    Catalog catalog = getCatalog();
    for (String address : getPrinted().keySet()) {
      if (catalog.find(address).isEmpty()) {
        throw new IllegalArgumentException("printed text for a cell not in the " + catalog + ": " + address);
      }
    }
    for (Map.Entry<String, CellState> entry : getStates().entrySet()) {
      Cell cell = catalog.find(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(
          "state for a cell not in the " + catalog + ": " + entry.getKey()));
      if (entry.getValue() == CellState.VALUE) {
        throw new IllegalArgumentException("only BLANK and UNRESOLVED cells are listed in states: " + cell);
      }
      if (!hasTable(cell.getTable())) {
        throw new IllegalArgumentException("state for a cell of a table the report lacks: " + cell);
      }
      boolean empty = cell.getKind() == CellKind.MONEY
          ? Typed.money(proactive(cell), cell).isEmpty()
          : getCount(cell) == 0;
      if (!empty) {
        throw new IllegalArgumentException(entry.getValue() + " cell must hold no value: " + cell);
      }
    }
  }

  private ProactiveTable proactive(Cell cell) {
    ProactiveTable table = getProactive().orElseThrow(() -> missing(cell));
    if (!cell.isIn(table.getEdition())) {
      throw new IllegalArgumentException("cell " + cell + " is not in the " + table.getEdition() + " table 二");
    }
    return table;
  }

  private RequestTable requests(Cell cell) {
    RequestTable table = getRequests().orElseThrow(() -> missing(cell));
    if (!cell.isIn(table.getEdition())) {
      throw new IllegalArgumentException("cell " + cell + " is not in the " + table.getEdition() + " table 三");
    }
    return table;
  }

  private ReviewLitigationTable reviewLitigation(Cell cell) {
    return getReviewLitigation().orElseThrow(() -> missing(cell));
  }

  private static IllegalArgumentException missing(Cell cell) {
    return new IllegalArgumentException("report has no table " + cell.getTable().getNumeral() + ": " + cell);
  }
}

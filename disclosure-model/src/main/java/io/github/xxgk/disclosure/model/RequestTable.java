package io.github.xxgk.disclosure.model;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/** Table 三: requests received and their outcomes, rows × the seven applicant columns. */
@Value.Immutable
public abstract class RequestTable {
  RequestTable() {}

  /** Returns a new builder. */
  public static ImmutableRequestTable.Builder builder() {
    return ImmutableRequestTable.builder();
  }

  /** Returns the official edition the table is printed in, which decides the （六） rows. */
  public abstract Edition getEdition();

  /** Returns every data row of the edition, in printed order; rows not given are zero. */
  public abstract Map<RequestRow, @Valid ApplicantCounts> getRows();

  /** Returns the given row. */
  public ApplicantCounts getRow(RequestRow row) {
    ApplicantCounts counts = getRows().get(row);
    if (counts == null) {
      throw new IllegalArgumentException("row " + row.getId() + " is not in the " + getEdition() + " table 三");
    }
    return counts;
  }

  /** Returns the count in the given row and column. */
  public long get(RequestRow row, Applicant column) {
    return getRow(row).get(column);
  }

  @Value.Check
  RequestTable normalize() {
    if (!getEdition().isOfficial()) {
      throw new IllegalArgumentException("table 三 edition must be GOV_2019 or GOV_2021: " + getEdition());
    }
    for (RequestRow row : getRows().keySet()) {
      if (!row.isIn(getEdition())) {
        throw new IllegalArgumentException("row " + row.getId() + " is not in the " + getEdition() + " table 三");
      }
    }
    if (getRows().size() == RequestRow.of(getEdition()).size()) {
      return this;
    }
    Map<RequestRow, ApplicantCounts> rows = new EnumMap<>(RequestRow.class);
    for (RequestRow row : RequestRow.of(getEdition())) {
      rows.put(row, getRows().getOrDefault(row, ApplicantCounts.ZERO));
    }
    return ImmutableRequestTable.builder().edition(getEdition()).rows(rows).build();
  }
}

package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** One group of table 四: counts of the five result columns. */
@Value.Immutable
public abstract class ResultCounts {
  /** A group of zeros. */
  public static final ResultCounts ZERO = builder().build();

  ResultCounts() {}

  /** Returns a group with the given counts, in printed column order. */
  public static ResultCounts of(long upheld, long corrected, long otherResult, long pending, long total) {
    return builder().upheld(upheld).corrected(corrected).otherResult(otherResult).pending(pending).total(total)
        .build();
  }

  /** Returns a new builder. */
  public static ImmutableResultCounts.Builder builder() {
    return ImmutableResultCounts.builder();
  }

  @Value.Default
  @PositiveOrZero
  public long getUpheld() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getCorrected() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getOtherResult() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getPending() {
    return 0;
  }

  @Value.Default
  @PositiveOrZero
  public long getTotal() {
    return 0;
  }

  /** Returns the count in the given column. */
  public long get(ReviewResult column) {
    switch (column) {
      case UPHELD:
        return getUpheld();
      case CORRECTED:
        return getCorrected();
      case OTHER_RESULT:
        return getOtherResult();
      case PENDING:
        return getPending();
      default:
        return getTotal();
    }
  }

  /** Returns a copy with the given count in the given column. */
  public ResultCounts with(ReviewResult column, long value) {
    ImmutableResultCounts.Builder b = builder().from(this);
    switch (column) {
      case UPHELD:
        return b.upheld(value).build();
      case CORRECTED:
        return b.corrected(value).build();
      case OTHER_RESULT:
        return b.otherResult(value).build();
      case PENDING:
        return b.pending(value).build();
      default:
        return b.total(value).build();
    }
  }
}

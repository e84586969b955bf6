package io.github.xxgk.disclosure.model;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/** Table 四: administrative review and litigation, three groups × five results (identical in both editions). */
@Value.Immutable
public abstract class ReviewLitigationTable {
  ReviewLitigationTable() {}

  /** Returns a new builder. */
  public static ImmutableReviewLitigationTable.Builder builder() {
    return ImmutableReviewLitigationTable.builder();
  }

  /** Returns the table with the given groups. */
  public static ReviewLitigationTable of(ResultCounts review, ResultCounts litigationDirect,
      ResultCounts litigationAfterReview) {
    return builder().review(review).litigationDirect(litigationDirect).litigationAfterReview(litigationAfterReview)
        .build();
  }

  /** Returns 行政复议. */
  @Value.Default
  @Valid
  public ResultCounts getReview() {
    return ResultCounts.ZERO;
  }

  /** Returns 行政诉讼 › 未经复议直接起诉. */
  @Value.Default
  @Valid
  public ResultCounts getLitigationDirect() {
    return ResultCounts.ZERO;
  }

  /** Returns 行政诉讼 › 复议后起诉. */
  @Value.Default
  @Valid
  public ResultCounts getLitigationAfterReview() {
    return ResultCounts.ZERO;
  }

  /** Returns the given group. */
  public ResultCounts get(ReviewGroup group) {
    switch (group) {
      case REVIEW:
        return getReview();
      case LITIGATION_DIRECT:
        return getLitigationDirect();
      default:
        return getLitigationAfterReview();
    }
  }

  /** Returns the count in the given group and column. */
  public long get(ReviewGroup group, ReviewResult result) {
    return get(group).get(result);
  }

  /** Returns a copy with the given group replaced. */
  public ReviewLitigationTable with(ReviewGroup group, ResultCounts counts) {
    switch (group) {
      case REVIEW:
        return ImmutableReviewLitigationTable.copyOf(this).withReview(counts);
      case LITIGATION_DIRECT:
        return ImmutableReviewLitigationTable.copyOf(this).withLitigationDirect(counts);
      default:
        return ImmutableReviewLitigationTable.copyOf(this).withLitigationAfterReview(counts);
    }
  }
}

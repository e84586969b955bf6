package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** A 第二十条第（一）项 row of the 2019 edition: 本年新制作数量, 本年新公开数量, 对外公开总数量. */
@Value.Immutable
public abstract class DocumentCounts2019 {
  /** A row of zeros. */
  public static final DocumentCounts2019 ZERO = of(0, 0, 0);

  DocumentCounts2019() {}

  /** Returns a row with the given counts. */
  public static DocumentCounts2019 of(long newlyMade, long newlyPublished, long totalPublished) {
    return ImmutableDocumentCounts2019.builder().newlyMade(newlyMade).newlyPublished(newlyPublished)
        .totalPublished(totalPublished).build();
  }

  /** Returns 本年新制作数量. */
  @PositiveOrZero
  public abstract long getNewlyMade();

  /** Returns 本年新公开数量. */
  @PositiveOrZero
  public abstract long getNewlyPublished();

  /** Returns 对外公开总数量. */
  @PositiveOrZero
  public abstract long getTotalPublished();
}

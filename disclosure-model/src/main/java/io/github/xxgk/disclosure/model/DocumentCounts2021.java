package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** A 第二十条第（一）项 row of the 2021 edition: 本年制发件数, 本年废止件数, 现行有效件数. */
@Value.Immutable
public abstract class DocumentCounts2021 {
  /** A row of zeros. */
  public static final DocumentCounts2021 ZERO = of(0, 0, 0);

  DocumentCounts2021() {}

  /** Returns a row with the given counts. */
  public static DocumentCounts2021 of(long issued, long repealed, long inForce) {
    return ImmutableDocumentCounts2021.builder().issued(issued).repealed(repealed).inForce(inForce).build();
  }

  /** Returns 本年制发件数. */
  @PositiveOrZero
  public abstract long getIssued();

  /** Returns 本年废止件数. */
  @PositiveOrZero
  public abstract long getRepealed();

  /** Returns 现行有效件数. */
  @PositiveOrZero
  public abstract long getInForce();
}

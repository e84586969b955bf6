package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** The 第二十条第（八）项 row of the 2019 edition: 上一年项目数量 and 本年增/减 of 行政事业性收费 items. */
@Value.Immutable
public abstract class FeeItemCounts2019 {
  /** A row of zeros. */
  public static final FeeItemCounts2019 ZERO = of(0, 0);

  FeeItemCounts2019() {}

  /** Returns a row with the given counts. */
  public static FeeItemCounts2019 of(long itemsPrevYear, long itemsChange) {
    return ImmutableFeeItemCounts2019.builder().itemsPrevYear(itemsPrevYear).itemsChange(itemsChange).build();
  }

  /** Returns 上一年项目数量. */
  @PositiveOrZero
  public abstract long getItemsPrevYear();

  /** Returns 本年增/减, negative for a decrease. */
  public abstract long getItemsChange();
}

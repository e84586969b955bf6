package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/** A 第二十条第（五）（六）项 row of the 2019 edition: 上一年项目数量, 本年增/减 (signed), 处理决定数量. */
@Value.Immutable
public abstract class ItemCounts2019 {
  /** A row of zeros. */
  public static final ItemCounts2019 ZERO = of(0, 0, 0);

  ItemCounts2019() {}

  /** Returns a row with the given counts. */
  public static ItemCounts2019 of(long itemsPrevYear, long itemsChange, long decisions) {
    return ImmutableItemCounts2019.builder().itemsPrevYear(itemsPrevYear).itemsChange(itemsChange)
        .decisions(decisions).build();
  }

  /** Returns 上一年项目数量. */
  @PositiveOrZero
  public abstract long getItemsPrevYear();

  /** Returns 本年增/减, negative for a decrease. */
  public abstract long getItemsChange();

  /** Returns 处理决定数量. */
  @PositiveOrZero
  public abstract long getDecisions();
}

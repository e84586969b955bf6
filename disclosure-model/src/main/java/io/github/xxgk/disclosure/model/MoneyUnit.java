package io.github.xxgk.disclosure.model;

import java.math.BigDecimal;

/** A unit of money as printed in reports. */
public enum MoneyUnit {
  YUAN("元", BigDecimal.ONE),
  WAN_YUAN("万元", BigDecimal.valueOf(10_000)),
  YI_YUAN("亿元", BigDecimal.valueOf(100_000_000));

  private final String label;
  private final BigDecimal yuan;

  MoneyUnit(String label, BigDecimal yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  /** Returns the printed unit, e.g. {@code 万元}. */
  public String getLabel() {
    return label;
  }

  /** Returns how many 元 one of this unit is. */
  public BigDecimal getYuan() {
    return yuan;
  }

  /** Returns the unit printed as the given label. */
  public static MoneyUnit ofLabel(String label) {
    for (MoneyUnit u : values()) {
      if (u.label.equals(label)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown money unit: " + label);
  }
}

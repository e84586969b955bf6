package io.github.xxgk.disclosure.model;

import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money as printed (e.g. {@code 4.08亿元}), normalised to 元.
 *
 * <p>Two amounts are equal when they are worth the same number of 元 in the same unit with the same printed text,
 * whatever the scale: {@code 1.0} and {@code 1.00} 万元 are equal.
 */
public final class Money {
  private final BigDecimal amount;
  private final MoneyUnit unit;
  private final boolean unitAssumed;
  private final String printed;

  private Money(BigDecimal amount, MoneyUnit unit, boolean unitAssumed, String printed) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.unitAssumed = unitAssumed;
    this.printed = printed;
  }

  /** Returns the amount in the given unit. */
  public static Money of(BigDecimal amount, MoneyUnit unit) {
    return new Money(amount, unit, false, null);
  }

  /** Returns the amount in 元. */
  public static Money ofYuan(BigDecimal yuan) {
    return of(yuan, MoneyUnit.YUAN);
  }

  /** Returns the amount in 万元. */
  public static Money ofWanYuan(BigDecimal wanYuan) {
    return of(wanYuan, MoneyUnit.WAN_YUAN);
  }

  /** Returns the amount as printed, in the unit printed with it or stated by the table header. */
  @DecimalMin(value = "0", message = "must be greater than or equal to 0")
  public BigDecimal getAmount() {
    return amount;
  }

  /** Returns the unit the amount is in. */
  public MoneyUnit getUnit() {
    return unit;
  }

  /** Returns whether the unit was neither printed nor stated by the header, and was assumed. */
  public boolean isUnitAssumed() {
    return unitAssumed;
  }

  /** Returns the text as published, when read from a source. */
  public Optional<String> getPrinted() {
    return Optional.ofNullable(printed);
  }

  /** Returns the amount in 元. */
  public BigDecimal getYuan() {
    return unit == MoneyUnit.YUAN ? amount : amount.multiply(unit.getYuan());
  }

  /**
   * Returns the half-width of the interval implied by the printed precision, in 元: {@code 190.457379} 万元 is
   * exact to ±0.0000005 万元, i.e. ±0.005 元.
   */
  public BigDecimal getTolerance() {
    int scale = Math.max(amount.scale(), 0);
    return BigDecimal.ONE.movePointLeft(scale).multiply(unit.getYuan()).divide(BigDecimal.valueOf(2));
  }

  /** Returns a copy with the given printed text. */
  public Money withPrinted(String printed) {
    return new Money(amount, unit, unitAssumed, Objects.requireNonNull(printed, "printed"));
  }

  /** Returns a copy whose unit is marked as assumed or not. */
  public Money withUnitAssumed(boolean unitAssumed) {
    return new Money(amount, unit, unitAssumed, printed);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Money)) {
      return false;
    }
    Money that = (Money) o;
    return unit == that.unit
        && unitAssumed == that.unitAssumed
        && amount.compareTo(that.amount) == 0
        && Objects.equals(printed, that.printed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), unit, unitAssumed, printed);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + unit.getLabel() + (printed == null ? "" : " (printed " + printed + ")");
  }
}

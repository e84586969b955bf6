package io.github.xxgk.disclosure.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The value of one cell as a report holds it: a number or an amount, blank, or unresolved, with its printed text. */
public final class CellValue {
  private static final CellValue BLANK = new CellValue(CellState.BLANK, null, null, null);

  private final CellState state;
  private final BigDecimal number;
  private final Money money;
  private final String printed;

  private CellValue(CellState state, BigDecimal number, Money money, String printed) {
    this.state = state;
    this.number = number;
    this.money = money;
    this.printed = printed;
  }

  /** Returns a count. */
  public static CellValue of(long count) {
    return new CellValue(CellState.VALUE, BigDecimal.valueOf(count), null, null);
  }

  /** Returns an amount of money; its printed text is the amount's. */
  public static CellValue of(Money money) {
    return new CellValue(CellState.VALUE, money.getYuan(), money, money.getPrinted().orElse(null));
  }

  /** Returns a cell printed blank, with no text. */
  public static CellValue blank() {
    return BLANK;
  }

  /** Returns a cell printed blank as the given text, e.g. {@code &nbsp;}, {@code -} or {@code 无}. */
  public static CellValue blank(String printed) {
    return new CellValue(CellState.BLANK, null, null, Objects.requireNonNull(printed, "printed"));
  }

  /** Returns a cell whose printed text could not be resolved to one value. */
  public static CellValue unresolved(String printed) {
    return new CellValue(CellState.UNRESOLVED, null, null, Objects.requireNonNull(printed, "printed"));
  }

  /** Returns a copy with the given printed text (for an amount, the amount's printed text). */
  public CellValue withPrinted(String printed) {
    Objects.requireNonNull(printed, "printed");
    if (money != null) {
      return of(money.withPrinted(printed));
    }
    return new CellValue(state, number, null, printed);
  }

  public CellState getState() {
    return state;
  }

  /** Returns whether the cell holds a number. */
  public boolean isValue() {
    return state == CellState.VALUE;
  }

  /** Returns the number (an amount in 元), empty when blank or unresolved. */
  public Optional<BigDecimal> getNumber() {
    return Optional.ofNullable(number);
  }

  /** Returns the count, or 0 when blank or unresolved; amounts are not counts. */
  public long toCount() {
    if (money != null) {
      throw new IllegalStateException("an amount is not a count: " + money);
    }
    return number == null ? 0 : number.longValueExact();
  }

  /** Returns the amount, for money cells holding one. */
  public Optional<Money> getMoney() {
    return Optional.ofNullable(money);
  }

  /** Returns the text as published, when read from a source. */
  public Optional<String> getPrinted() {
    return Optional.ofNullable(printed);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CellValue)) {
      return false;
    }
    CellValue that = (CellValue) o;
    return state == that.state
        && (number == null ? that.number == null : that.number != null && number.compareTo(that.number) == 0)
        && Objects.equals(money, that.money)
        && Objects.equals(printed, that.printed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, number == null ? null : number.stripTrailingZeros(), money, printed);
  }

  @Override
  public String toString() {
    String value = state == CellState.VALUE ? (money != null ? money.toString() : number.toPlainString())
        : state.name();
    return printed == null || money != null ? value : value + " (printed " + printed + ")";
  }
}

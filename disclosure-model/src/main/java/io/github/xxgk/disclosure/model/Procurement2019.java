package io.github.xxgk.disclosure.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/** The 第二十条第（九）项 row of the 2019 edition: 政府集中采购, 采购项目数量 and 采购总金额. */
@Value.Immutable
public abstract class Procurement2019 {
  /** No projects and no amount. */
  public static final Procurement2019 ZERO = ImmutableProcurement2019.builder().projects(0).build();

  Procurement2019() {}

  /** Returns a row with the given count and amount. */
  public static Procurement2019 of(long projects, Money amount) {
    return ImmutableProcurement2019.builder().projects(projects).amount(amount).build();
  }

  /** Returns 采购项目数量. */
  @PositiveOrZero
  public abstract long getProjects();

  /** Returns 采购总金额, empty when not printed. */
  public abstract Optional<@Valid Money> getAmount();
}

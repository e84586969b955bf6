package io.github.xxgk.disclosure.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/** Table 二 in the 2021 edition: blocks （一）（五）（六）（八）. */
@Value.Immutable
public abstract class Proactive2021 implements ProactiveTable {
  Proactive2021() {}

  /** Returns a new builder; rows not given are zero. */
  public static ImmutableProactive2021.Builder builder() {
    return ImmutableProactive2021.builder();
  }

  @Override
  public final Edition getEdition() {
    return Edition.GOV_2021;
  }

  /** Returns 第二十条第（一）项 › 规章. */
  @Value.Default
  @Valid
  public DocumentCounts2021 getRegulations() {
    return DocumentCounts2021.ZERO;
  }

  /** Returns 第二十条第（一）项 › 行政规范性文件. */
  @Value.Default
  @Valid
  public DocumentCounts2021 getNormativeDocuments() {
    return DocumentCounts2021.ZERO;
  }

  /** Returns 第二十条第（五）项 › 行政许可 › 本年处理决定数量. */
  @Value.Default
  @PositiveOrZero
  public long getAdministrativeLicensingDecisions() {
    return 0;
  }

  /** Returns 第二十条第（六）项 › 行政处罚 › 本年处理决定数量. */
  @Value.Default
  @PositiveOrZero
  public long getAdministrativePenaltyDecisions() {
    return 0;
  }

  /** Returns 第二十条第（六）项 › 行政强制 › 本年处理决定数量. */
  @Value.Default
  @PositiveOrZero
  public long getAdministrativeCoercionDecisions() {
    return 0;
  }

  /** Returns 第二十条第（八）项 › 行政事业性收费 › 本年收费金额, empty when not printed. */
  public abstract Optional<@Valid Money> getAdministrativeFeeAmount();
}

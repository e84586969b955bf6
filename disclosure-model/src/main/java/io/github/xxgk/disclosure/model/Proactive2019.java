package io.github.xxgk.disclosure.model;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/** Table 二 in the 2019 edition: blocks （一）（五）（六）（八）（九）. */
@Value.Immutable
public abstract class Proactive2019 implements ProactiveTable {
  Proactive2019() {}

  /** Returns a new builder; rows not given are zero. */
  public static ImmutableProactive2019.Builder builder() {
    return ImmutableProactive2019.builder();
  }

  @Override
  public final Edition getEdition() {
    return Edition.GOV_2019;
  }

  /** Returns 第二十条第（一）项 › 规章. */
  @Value.Default
  @Valid
  public DocumentCounts2019 getRegulations() {
    return DocumentCounts2019.ZERO;
  }

  /** Returns 第二十条第（一）项 › 规范性文件. */
  @Value.Default
  @Valid
  public DocumentCounts2019 getNormativeDocuments() {
    return DocumentCounts2019.ZERO;
  }

  /** Returns 第二十条第（五）项 › 行政许可. */
  @Value.Default
  @Valid
  public ItemCounts2019 getAdministrativeLicensing() {
    return ItemCounts2019.ZERO;
  }

  /** Returns 第二十条第（五）项 › 其他对外管理服务事项. */
  @Value.Default
  @Valid
  public ItemCounts2019 getOtherExternalManagementServices() {
    return ItemCounts2019.ZERO;
  }

  /** Returns 第二十条第（六）项 › 行政处罚. */
  @Value.Default
  @Valid
  public ItemCounts2019 getAdministrativePenalty() {
    return ItemCounts2019.ZERO;
  }

  /** Returns 第二十条第（六）项 › 行政强制. */
  @Value.Default
  @Valid
  public ItemCounts2019 getAdministrativeCoercion() {
    return ItemCounts2019.ZERO;
  }

  /** Returns 第二十条第（八）项 › 行政事业性收费. */
  @Value.Default
  @Valid
  public FeeItemCounts2019 getAdministrativeFees() {
    return FeeItemCounts2019.ZERO;
  }

  /** Returns 第二十条第（九）项 › 政府集中采购. */
  @Value.Default
  @Valid
  public Procurement2019 getGovernmentCentralizedProcurement() {
    return Procurement2019.ZERO;
  }
}

package io.github.xxgk.disclosure.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A row printed in a table that is not in the official format, kept as printed. */
@Value.Immutable
public abstract class ExtraRow {
  ExtraRow() {}

  /** Returns a new builder. */
  public static ImmutableExtraRow.Builder builder() {
    return ImmutableExtraRow.builder();
  }

  /** Returns the table the row was printed in. */
  public abstract TableId getTable();

  /** Returns the id of the 第二十条 block, for rows of table 二. */
  public abstract Optional<ProactiveBlock> getBlock();

  /** Returns the row label as printed. */
  public abstract String getLabel();

  /** Returns the value cells as printed. */
  public abstract List<String> getCells();

  /** Returns the address of the last official row printed before it, e.g. {@code t2.art20_1.normative_documents}. */
  public abstract Optional<String> getAfter();
}

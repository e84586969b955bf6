package io.github.xxgk.disclosure.model;

import java.util.List;

/** The 第二十条 blocks of table 二, in printed order. */
public enum ProactiveBlock {
  ART20_1("art20_1", "第二十条第（一）项"),
  ART20_5("art20_5", "第二十条第（五）项"),
  ART20_6("art20_6", "第二十条第（六）项"),
  ART20_8("art20_8", "第二十条第（八）项"),
  /** 政府集中采购: 2019 edition only. */
  ART20_9("art20_9", "第二十条第（九）项");

  /** The label of the row-label column in every block. */
  public static final String CONTENT_LABEL = "信息内容";

  private final String id;
  private final String label;

  ProactiveBlock(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** Returns the stable id, e.g. {@code art20_1}. */
  public String getId() {
    return id;
  }

  /** Returns the official caption, e.g. {@code 第二十条第（一）项}. */
  public String getLabel() {
    return label;
  }

  /** Returns whether the block exists in the given official edition. */
  public boolean isIn(Edition edition) {
    return edition.isOfficial() && (this != ART20_9 || edition == Edition.GOV_2019);
  }

  /** Returns the blocks of the given official edition. */
  public static List<ProactiveBlock> of(Edition edition) {
    return edition == Edition.GOV_2019
        ? List.of(ART20_1, ART20_5, ART20_6, ART20_8, ART20_9)
        : List.of(ART20_1, ART20_5, ART20_6, ART20_8);
  }

  /** Returns the block with the given id. */
  public static ProactiveBlock ofId(String id) {
    for (ProactiveBlock b : values()) {
      if (b.id.equals(id)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown table 二 block: " + id);
  }
}

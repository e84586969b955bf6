package io.github.xxgk.disclosure.model;

/** Table 二: items proactively disclosed under 第二十条, in one of the two editions. */
public interface ProactiveTable {
  /** Returns the official edition of the table: {@link Proactive2019} or {@link Proactive2021}. */
  Edition getEdition();
}

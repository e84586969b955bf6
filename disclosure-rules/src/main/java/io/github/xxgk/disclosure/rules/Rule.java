package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Edition;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of the rule catalogue: a stable id (never reused), the editions it applies to, its category, default
 * severity, basis, FORMAT.md section, Chinese and English title and message template.
 *
 * <p>Message templates name their values in braces, e.g. {@code {reported}}; they are filled in by plain text
 * substitution, never by an expression language. Rules are immutable singletons listed by {@link Rules#all()}.
 */
public final class Rule {
  private final String id;
  private final Set<Edition> editions;
  private final Category category;
  private final Severity severity;
  private final Basis basis;
  private final Blanks blanks;
  private final String section;
  private final String titleZh;
  private final String titleEn;
  private final String templateZh;
  private final String templateEn;
  final int order;

  Rule(int order, String id, Set<Edition> editions, Category category, Severity severity, Basis basis, Blanks blanks,
      String section, String titleZh, String titleEn, String templateZh, String templateEn) {
    this.order = order;
    this.id = id;
    this.editions = Collections.unmodifiableSet(EnumSet.copyOf(editions));
    this.category = category;
    this.severity = severity;
    this.basis = basis;
    this.blanks = blanks;
    this.section = section;
    this.titleZh = titleZh;
    this.titleEn = titleEn;
    this.templateZh = templateZh;
    this.templateEn = templateEn;
  }

  /** Returns the stable id, e.g. {@code O-T3-1}. */
  public String getId() {
    return id;
  }

  /** Returns the official editions the rule applies to. */
  public Set<Edition> getEditions() {
    return editions;
  }

  public Category getCategory() {
    return category;
  }

  /** Returns the severity of its findings unless a {@link Profile} changes it. */
  public Severity getDefaultSeverity() {
    return severity;
  }

  public Basis getBasis() {
    return basis;
  }

  /** Returns how the rule treats blank cells. */
  public Blanks getBlanks() {
    return blanks;
  }

  /** Returns the FORMAT.md section defining the rule, e.g. {@code §5.1}. */
  public String getSection() {
    return section;
  }

  /** Returns the title in Chinese, or in English for any other language. */
  public String getTitle(Locale locale) {
    return isChinese(locale) ? titleZh : titleEn;
  }

  /** Returns the message template in Chinese, or in English for any other language. */
  public String getTemplate(Locale locale) {
    return isChinese(locale) ? templateZh : templateEn;
  }

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  @Override
  public String toString() {
    return id;
  }
}

package io.github.xxgk.disclosure.testkit;

import io.github.xxgk.disclosure.model.BodyLevel;
import io.github.xxgk.disclosure.model.Edition;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The knobs of {@link ReportGenerator}: edition, year, scale of the counts, share of blank cells, body level and
 * whether the six section texts are written.
 *
 * <p>Unset edition, year and level are drawn from the seed; the edition then follows the year (2019 format up to
 * 2020, 2021 format from 2021). Immutable; start from {@link #defaults()}.
 */
public final class GeneratorOptions {
  private static final GeneratorOptions DEFAULTS =
      new GeneratorOptions(null, null, Scale.COUNTY, 0, null, true);

  private final Edition edition;
  private final Integer year;
  private final Scale scale;
  private final double blankShare;
  private final BodyLevel level;
  private final boolean sectionTexts;

  private GeneratorOptions(Edition edition, Integer year, Scale scale, double blankShare, BodyLevel level,
      boolean sectionTexts) {
    this.edition = edition;
    this.year = year;
    this.scale = scale;
    this.blankShare = blankShare;
    this.level = level;
    this.sectionTexts = sectionTexts;
  }

  /** Returns the defaults: any edition and year, {@link Scale#COUNTY}, no blank cells, any level, with texts. */
  public static GeneratorOptions defaults() {
    return DEFAULTS;
  }

  /** Returns the edition of the tables, if fixed; {@link Edition#MIXED} means a 2021 table 二 beside a 2019 table 三. */
  public Optional<Edition> getEdition() {
    return Optional.ofNullable(edition);
  }

  /** Returns the report year, if fixed. */
  public OptionalInt getYear() {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }

  public Scale getScale() {
    return scale;
  }

  /** Returns the share (0 to 1) of zero cells printed blank instead of 0. */
  public double getBlankShare() {
    return blankShare;
  }

  /** Returns the administrative level of the body, if fixed. */
  public Optional<BodyLevel> getLevel() {
    return Optional.ofNullable(level);
  }

  /** Returns whether the six section texts are written. */
  public boolean isSectionTexts() {
    return sectionTexts;
  }

  /** Returns a copy with the edition fixed. */
  public GeneratorOptions withEdition(Edition edition) {
    return new GeneratorOptions(Objects.requireNonNull(edition, "edition"), year, scale, blankShare, level,
        sectionTexts);
  }

  /** Returns a copy with the year fixed. */
  public GeneratorOptions withYear(int year) {
    if (year < 2019) {
      throw new IllegalArgumentException("year must be >= 2019: " + year);
    }
    return new GeneratorOptions(edition, year, scale, blankShare, level, sectionTexts);
  }

  /** Returns a copy with the given scale. */
  public GeneratorOptions withScale(Scale scale) {
    return new GeneratorOptions(edition, year, Objects.requireNonNull(scale, "scale"), blankShare, level,
        sectionTexts);
  }

  /** Returns a copy with the given share of zero cells printed blank. */
  public GeneratorOptions withBlankShare(double blankShare) {
    if (!(blankShare >= 0 && blankShare <= 1)) {
      throw new IllegalArgumentException("blank share must be between 0 and 1: " + blankShare);
    }
    return new GeneratorOptions(edition, year, scale, blankShare, level, sectionTexts);
  }

  /** Returns a copy with the body level fixed. */
  public GeneratorOptions withLevel(BodyLevel level) {
    return new GeneratorOptions(edition, year, scale, blankShare, Objects.requireNonNull(level, "level"),
        sectionTexts);
  }

  /** Returns a copy that writes the six section texts or leaves them out. */
  public GeneratorOptions withSectionTexts(boolean sectionTexts) {
    return new GeneratorOptions(edition, year, scale, blankShare, level, sectionTexts);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GeneratorOptions)) {
      return false;
    }
    GeneratorOptions that = (GeneratorOptions) o;
    return edition == that.edition && Objects.equals(year, that.year) && scale == that.scale
        && Double.compare(blankShare, that.blankShare) == 0 && level == that.level
        && sectionTexts == that.sectionTexts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(edition, year, scale, blankShare, level, sectionTexts);
  }

  @Override
  public String toString() {
    return "GeneratorOptions[edition=" + (edition == null ? "any" : edition) + ", year="
        + (year == null ? "any" : year) + ", scale=" + scale + ", blankShare=" + blankShare + ", level="
        + (level == null ? "any" : level.getId()) + ", sectionTexts=" + sectionTexts + "]";
  }
}

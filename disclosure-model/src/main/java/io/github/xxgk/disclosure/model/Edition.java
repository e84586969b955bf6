package io.github.xxgk.disclosure.model;

import java.util.Optional;

/** The official edition of the report tables. */
public enum Edition {
  /** The 2019 format (国办公开办函〔2019〕60号), used for the 2019 and 2020 reports. */
  GOV_2019("国办公开办函〔2019〕60号"),
  /** The 2021 format (国办公开办函〔2021〕30号), used from the 2021 reports on. */
  GOV_2021("国办公开办函〔2021〕30号"),
  /** Tables of both editions in one report, e.g. a 2021 table 二 beside a 2019 table 三. */
  MIXED(null);

  private final String notice;

  Edition(String notice) {
    this.notice = notice;
  }

  /** Returns the notice that issued this edition, empty for {@link #MIXED}. */
  public Optional<String> getNotice() {
    return Optional.ofNullable(notice);
  }

  /** Returns whether this is one of the two official editions. */
  public boolean isOfficial() {
    return this != MIXED;
  }

  /** Returns the edition officially in force for reports of the given year. */
  public static Edition forYear(int year) {
    return year <= 2020 ? GOV_2019 : GOV_2021;
  }
}

package io.github.xxgk.disclosure.rules;

/** How serious a finding is. */
public enum Severity {
  /** The report is wrong: an official or structural identity fails. */
  ERROR,
  /** The report is probably wrong or incomplete; legitimate exceptions exist. */
  WARNING,
  /** Worth a look; not a defect by itself. */
  NOTICE
}

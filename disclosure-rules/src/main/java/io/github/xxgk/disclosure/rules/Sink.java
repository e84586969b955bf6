package io.github.xxgk.disclosure.rules;

import java.util.ArrayList;
import java.util.List;

/** Collects findings under a profile: a rule switched off yields none. */
final class Sink {
  private final Profile profile;
  private final List<Finding> findings = new ArrayList<>();

  Sink(Profile profile) {
    this.profile = profile;
  }

  boolean on(Rule rule) {
    return profile.isEnabled(rule);
  }

  void add(Finding.Builder finding) {
    Severity severity = profile.severity(finding.rule());
    if (severity != null) {
      findings.add(finding.build(severity));
    }
  }

  List<Finding> findings() {
    return findings;
  }

  CheckResult result() {
    return CheckResult.of(findings);
  }
}

package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.rules.Severity;
import java.util.Locale;

/** The language of messages and headings: Chinese (the default) or English. */
enum Lang {
  zh(Locale.CHINESE, "正确", "读取", "无法读取", "份报告", "报告", "规则", "合计", "错误", "警告", "提示"),
  en(Locale.ENGLISH, "OK", "reading", "unreadable", "reports", "reports", "rule", "total", "ERROR", "WARNING",
      "NOTICE");

  final Locale locale;
  final String ok;
  final String reading;
  final String unreadable;
  final String reportsCounted;
  final String reports;
  final String rule;
  final String total;
  private final String[] severities;

  Lang(Locale locale, String ok, String reading, String unreadable, String reportsCounted, String reports,
      String rule, String total, String... severities) {
    this.locale = locale;
    this.ok = ok;
    this.reading = reading;
    this.unreadable = unreadable;
    this.reportsCounted = reportsCounted;
    this.reports = reports;
    this.rule = rule;
    this.total = total;
    this.severities = severities;
  }

  String severity(Severity severity) {
    return severities[severity.ordinal()];
  }
}

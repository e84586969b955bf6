/**
 * CSV of one report, one row per data cell: {@link io.github.xxgk.disclosure.io.csv.CsvReportWriter} writes it and
 * {@link io.github.xxgk.disclosure.io.csv.CsvReportReader} reads it back to an equal report (format: docs/CSV.md).
 */
package io.github.xxgk.disclosure.io.csv;

/**
 * JMH benchmarks of the SDK, each against a baseline measured in the same run (Hibernate Validator, Jackson
 * {@code readTree}, {@code Jsoup.parse}), on the real corpus and on generated reports; and {@link
 * io.github.xxgk.disclosure.benchmarks.GenerateReports}, which writes generated reports for the end-to-end
 * measurement of {@code disclosure check}. Run {@code bench/run}; the figures are in {@code docs/PERFORMANCE.md}.
 */
package io.github.xxgk.disclosure.benchmarks;

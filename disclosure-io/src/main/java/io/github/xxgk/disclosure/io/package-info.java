/**
 * Reading and writing reports: canonical JSON, CSV, published HTML pages, scraped text and PDFs (read), standard
 * HTML tables and Markdown (write).
 *
 * <p>Every reader returns a {@link io.github.xxgk.disclosure.io.ReadResult} holding the report and its
 * {@linkplain io.github.xxgk.disclosure.io.ReadingDiagnostic reading diagnostics}, and throws one exception,
 * {@link io.github.xxgk.disclosure.io.ReportReadException}, naming the source and position, for input it cannot
 * read.
 *
 * <p>Writers ({@code csv}, {@code html}, {@code markdown}) take row and column order and labels from the report's
 * catalog. The HTML and Markdown writers overlay {@link io.github.xxgk.disclosure.io.CellNote}s, a neutral form of
 * rule findings (severity, rule, message, cell addresses), so that this module does not depend on the rules.
 */
package io.github.xxgk.disclosure.io;

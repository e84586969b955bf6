/**
 * Reading and writing reports: canonical JSON, CSV, published HTML pages, scraped text and PDFs (read), standard
 * HTML tables and Markdown (write).
 *
 * <p>Every reader returns a {@link io.github.xxgk.disclosure.io.ReadResult} holding the report and its
 * {@linkplain io.github.xxgk.disclosure.io.ReadingDiagnostic reading diagnostics}, and throws one exception,
 * {@link io.github.xxgk.disclosure.io.ReportReadException}, naming the source and position, for input it cannot
 * read.
 */
package io.github.xxgk.disclosure.io;

/**
 * Reading reports published as PDF (Apache PDFBox): {@link io.github.xxgk.disclosure.io.pdf.PdfReportReader}.
 *
 * <p>Tables are rebuilt from where things are drawn, not from the order of the text stream: the horizontal and
 * vertical lines of a page (stroked segments and edges of visible filled rectangles) that touch form a table;
 * their distinct positions form a grid, and grid cells with no line between them are one spanning cell; each
 * glyph belongs to the cell its centre lies in, and a cell's lines are joined in reading order, so a label written
 * one character per line or a header word wrapped over two lines reads whole. A table continued on the next page
 * is joined to its first part, and a label cell cut by the page break is made whole again. Page numbers in the
 * margins ({@code - 2 -}, {@code — 1 —}, {@code 第 3 页}) are dropped. Lines outside tables are grouped by base
 * line; a run of lines split by wide gaps into cells with numbers is read as a table drawn without lines. The
 * result is a {@link io.github.xxgk.disclosure.io.read.PrintedDocument} mapped like any other printed report.
 */
package io.github.xxgk.disclosure.io.pdf;

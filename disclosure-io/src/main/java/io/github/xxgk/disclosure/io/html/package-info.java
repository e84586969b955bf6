/**
 * The report's tables as HTML in the official layout of their edition, as a fragment or a whole page, optionally
 * overlaid with {@linkplain io.github.xxgk.disclosure.io.CellNote notes}:
 * {@link io.github.xxgk.disclosure.io.html.HtmlTableWriter}.
 */
package io.github.xxgk.disclosure.io.html;

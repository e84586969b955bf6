/**
 * The report's tables and {@linkplain io.github.xxgk.disclosure.io.CellNote notes} as Markdown, for issues and chat:
 * {@link io.github.xxgk.disclosure.io.markdown.MarkdownWriter}.
 */
package io.github.xxgk.disclosure.io.markdown;

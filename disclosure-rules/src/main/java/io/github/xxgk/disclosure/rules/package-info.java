/**
 * Consistency rules for the statistics tables of both editions, as a catalogue and a checker.
 *
 * <p>{@link io.github.xxgk.disclosure.rules.Checker#check} returns a
 * {@link io.github.xxgk.disclosure.rules.CheckResult} of sorted
 * {@link io.github.xxgk.disclosure.rules.Finding}s and never throws for data problems; each finding names its
 * {@link io.github.xxgk.disclosure.rules.Rule} (a stable id from {@link io.github.xxgk.disclosure.rules.Rules#all()}),
 * every cell involved with its address and Chinese label path, the reported and computed values, and builds its
 * Chinese or English message from a template only when asked.
 * {@link io.github.xxgk.disclosure.rules.Checker#compare(io.github.xxgk.disclosure.model.Report,
 * io.github.xxgk.disclosure.model.Report)} compares consecutive years of one body;
 * {@link io.github.xxgk.disclosure.rules.Consolidation} sums subordinate units and compares the sum with a
 * published consolidated report. A {@link io.github.xxgk.disclosure.rules.Profile} switches rules off or changes
 * their severity. {@code docs/RULES.md} lists the catalogue.
 *
 * <h2>Blank is not zero</h2>
 * A blank breakdown cell counts as 0; a blank 总计 whose parts are not all 0 is "total omitted" (C-4) and its
 * identity is not assessed; an unresolved cell (C-5) stops every identity it is part of. Each rule states its
 * treatment in {@link io.github.xxgk.disclosure.rules.Rule#getBlanks()}.
 *
 * <p>Everything here is immutable and thread-safe except the builders; this package needs no Bean Validation
 * provider (see {@code io.github.xxgk.disclosure.rules.validation} for the Jakarta Validation integration).
 */
package io.github.xxgk.disclosure.rules;

/**
 * Test kit: seeded generators of valid reports of both editions, consistent year pairs, mutants that break exactly
 * one rule at one known cell, QuickTheories generators over them, and a printer of scraped table text.
 *
 * <p>Everything is deterministic from a {@code long} seed ({@link java.util.SplittableRandom}) and engine-neutral:
 * {@link io.github.xxgk.disclosure.testkit.ReportGenerator} and {@link io.github.xxgk.disclosure.testkit.Mutants}
 * work on any test engine; {@link io.github.xxgk.disclosure.testkit.ReportGens} adapts them to QuickTheories with
 * shrinking towards small counts and few non-zero cells.
 */
package io.github.xxgk.disclosure.testkit;

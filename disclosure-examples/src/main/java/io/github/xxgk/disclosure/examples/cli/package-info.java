/**
 * The {@code disclosure} command line (docs/CLI.md): {@link io.github.xxgk.disclosure.examples.cli.Disclosure} is
 * the main class of {@code disclosure-examples/target/disclosure.jar}, run by {@code bin/disclosure}.
 *
 * <p>Everything else is package-private: inputs are told apart by content, read by the readers of
 * {@code disclosure-io} (each reader loaded only when an input of its kind is met), checked by
 * {@code disclosure-rules} on a bounded pool and written in input order as they complete.
 */
package io.github.xxgk.disclosure.examples.cli;

/**
 * The report model: typed immutable values for both editions and one catalog of every cell.
 *
 * <h2>Editions</h2>
 * {@link io.github.xxgk.disclosure.model.Edition#GOV_2019} (国办公开办函〔2019〕60号, reports for 2019–2020) and
 * {@link io.github.xxgk.disclosure.model.Edition#GOV_2021} (国办公开办函〔2021〕30号, 2021 on). Table 二 and table 三
 * each carry the edition they are printed in; a report whose tables disagree is
 * {@link io.github.xxgk.disclosure.model.Edition#MIXED}.
 *
 * <h2>The catalog</h2>
 * {@link io.github.xxgk.disclosure.model.Catalog} lists every table, row, column and data cell with its stable
 * address ({@code t3.withheld_state_secret.natural_person}), its official Chinese labels and its kind. Any report
 * is read cell by cell with {@link io.github.xxgk.disclosure.model.Report#get(Cell)} and built cell by cell with
 * {@link io.github.xxgk.disclosure.model.CellSheet}.
 *
 * <h2>Blank is not zero</h2>
 * The typed values hold plain numbers, so an app that fills in a form writes {@code ApplicantCounts.of(3, 0, 0, 0,
 * 0, 0, 3)} and is done. Beside them a report keeps, per cell address, what a reader saw:
 * {@link io.github.xxgk.disclosure.model.Report#getPrinted()} holds the text as published and
 * {@link io.github.xxgk.disclosure.model.Report#getStates()} marks the cells that were printed blank
 * ({@link io.github.xxgk.disclosure.model.CellState#BLANK}: empty, {@code &nbsp;}, {@code -}, {@code —}, {@code /},
 * {@code 无}) or whose text could not be resolved to one number
 * ({@link io.github.xxgk.disclosure.model.CellState#UNRESOLVED}, e.g. an ambiguous run of digits). Such cells hold
 * 0 (counts) or no amount (money) in the typed API; {@link io.github.xxgk.disclosure.model.Report#get(Cell)} shows
 * them as blank or unresolved, never as 0, and the printed text is never dropped. A cell absent from
 * {@code getStates()} holds the value its typed attribute shows.
 *
 * <p>All values are immutable and thread-safe. Bean Validation constraints (non-negative counts, a report year of
 * at least 2019, a non-blank issuing body) sit on {@code get*} accessors so that Hibernate Validator sees them.
 */
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    typeImmutable = "Immutable*",
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
package io.github.xxgk.disclosure.model;

import org.immutables.value.Value;

/**
 * Canonical JSON of a report: {@link io.github.xxgk.disclosure.io.json.ReportJson} reads and writes it (one report
 * per document, or JSON lines), {@link io.github.xxgk.disclosure.io.json.DisclosureJsonModule} plugs it into a
 * Jackson {@code ObjectMapper}.
 *
 * <p>The format is specified by the JSON Schema {@code report.schema.json} (draft 2020-12), shipped as a resource of
 * this package and in {@code docs/}. Keys are the ids of the catalog: a cell sits at
 * {@code tables.<address>}, e.g. {@code $.tables.t3.withheld_state_secret.natural_person} or
 * {@code $.tables.t2.art20_8.administrative_fees.fee_amount}. A count cell is a number, or an object when it was
 * printed blank or unresolved or its printed text is kept ({@code {"state": "blank", "printed": "-"}},
 * {@code {"value": 3, "printed": "３"}}); an amount is {@code {"amount": 4.08, "unit": "亿元", "printed": "4.08亿元"}}
 * or {@code null} when none is recorded. Reading a written report gives an equal report.
 */
package io.github.xxgk.disclosure.io.json;

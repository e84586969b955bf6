/**
 * Jakarta Validation integration: {@link io.github.xxgk.disclosure.rules.validation.ConsistentReport} on the model's
 * {@code Report}, registered by the XML constraint mapping shipped in the rules jar, reports every {@code ERROR}
 * finding as a constraint violation at the cell's property path, with messages from the
 * {@code ContributorValidationMessages} bundles (zh_CN, en).
 */
package io.github.xxgk.disclosure.rules.validation;

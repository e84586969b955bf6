package io.github.xxgk.disclosure.rules.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A report is consistent: the rules find no {@code ERROR}. Each error becomes one constraint violation whose
 * property path leads to the first cell involved (e.g. {@code requests.rows[GRANTED].total}).
 *
 * <p>The rules jar applies it to {@code Report} through {@code META-INF/disclosure-rules-constraints.xml}, named by
 * the jar's {@code META-INF/validation.xml}; an application with its own {@code validation.xml} lists that mapping
 * file there or calls {@link ReportValidation#addMapping}.
 */
@Documented
@Constraint(validatedBy = ConsistentReportValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentReport {
  /** Returns the message used when no finding-specific message applies. */
  String message() default "{io.github.xxgk.disclosure.rules.ConsistentReport.message}";

  /** Returns the validation groups. */
  Class<?>[] groups() default {};

  /** Returns the payload. */
  Class<? extends Payload>[] payload() default {};
}

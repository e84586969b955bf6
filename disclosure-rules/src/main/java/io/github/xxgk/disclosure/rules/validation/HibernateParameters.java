package io.github.xxgk.disclosure.rules.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** The only class touching Hibernate Validator; loaded only when a violation is built. */
final class HibernateParameters {
  private HibernateParameters() {}

  static void add(ConstraintValidatorContext context, Map<String, String> parameters) {
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      hibernate.addMessageParameter(p.getKey(), p.getValue());
    }
  }
}

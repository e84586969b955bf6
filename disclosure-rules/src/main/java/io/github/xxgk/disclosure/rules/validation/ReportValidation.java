package io.github.xxgk.disclosure.rules.validation;

import jakarta.validation.Configuration;
import java.io.InputStream;

/** Registers {@link ConsistentReport} on the model's {@code Report} for a validator configuration. */
public final class ReportValidation {
  /** The constraint mapping file shipped in the rules jar. */
  public static final String MAPPING = "META-INF/disclosure-rules-constraints.xml";

  private ReportValidation() {}

  /**
   * Adds the mapping to a configuration that ignores or lacks the jar's {@code validation.xml}; returns the
   * configuration.
   */
  public static <T extends Configuration<?>> T addMapping(T configuration) {
    InputStream mapping = ReportValidation.class.getClassLoader().getResourceAsStream(MAPPING);
    if (mapping == null) {
      throw new IllegalStateException("missing from the class path: " + MAPPING);
    }
    configuration.addMapping(mapping);
    return configuration;
  }
}

package io.github.xxgk.disclosure.rules.validation;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Report;
import io.github.xxgk.disclosure.model.TableId;
import io.github.xxgk.disclosure.rules.Checker;
import io.github.xxgk.disclosure.rules.Finding;
import io.github.xxgk.disclosure.rules.Severity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the standard rules and reports each {@code ERROR} finding as a violation. With Hibernate Validator the
 * message comes from the {@code ContributorValidationMessages} bundle (zh_CN, en) filled with the finding's named
 * values as message parameters; with another provider it is the finding's English message, escaped.
 */
public final class ConsistentReportValidator implements ConstraintValidator<ConsistentReport, Report> {
  static final String KEY_PREFIX = "io.github.xxgk.disclosure.rules.";
  private static final List<String> FIXED = List.of("reported", "computed", "difference", "cell", "address",
      "quote", "offset", "section");

  @Override
  public boolean isValid(Report report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    List<Finding> errors = Checker.standard().check(report).getFindings(Severity.ERROR);
    if (errors.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding finding : errors) {
      String template = "{" + KEY_PREFIX + finding.getRuleId() + "}";
      if (!addParameters(context, parameters(finding))) {
        template = escape(finding.getMessage(Locale.ENGLISH));
      }
      ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
      if (finding.getCells().isEmpty()) {
        builder.addConstraintViolation();
      } else {
        addAt(builder, finding.getCells().get(0));
      }
    }
    return false;
  }

  /** Returns every named value of the finding, as text. */
  static Map<String, String> parameters(Finding finding) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String name : FIXED) {
      finding.getParameter(name).ifPresent(v -> parameters.put(name, v));
    }
    for (String name : finding.getValues().keySet()) {
      finding.getParameter(name).ifPresent(v -> parameters.put(name, v));
    }
    return parameters;
  }

  private static boolean addParameters(ConstraintValidatorContext context, Map<String, String> parameters) {
    try {
      HibernateParameters.add(context, parameters);
      return true;
    } catch (LinkageError | ValidationException e) {
      return false;
    }
  }

  /** Adds the violation with the property path to the cell, following the model's accessors. */
  private static void addAt(ConstraintViolationBuilder builder, Cell cell) {
    if (cell.getTable() == TableId.REQUESTS) {
      builder.addPropertyNode("requests").addPropertyNode("rows").addPropertyNode(camel(cell.getColumnId()))
          .inIterable().atKey(cell.getRequestRow().orElseThrow()).addConstraintViolation();
    } else if (cell.getTable() == TableId.REVIEW_LITIGATION) {
      builder.addPropertyNode("reviewLitigation").addPropertyNode(camel(cell.getRowId()))
          .addPropertyNode(camel(cell.getColumnId())).addConstraintViolation();
    } else {
      proactive(builder, cell).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext proactive(ConstraintViolationBuilder builder, Cell cell) {
    NodeBuilderCustomizableContext proactive = builder.addPropertyNode("proactive");
    String row = camel(cell.getRowId());
    switch (cell.getColumnId()) {
      case "decisions":
        return cell.getEdition().orElseThrow().name().equals("GOV_2021")
            ? proactive.addPropertyNode(row + "Decisions")
            : proactive.addPropertyNode(row).addPropertyNode("decisions");
      case "fee_amount":
        return proactive.addPropertyNode("administrativeFeeAmount");
      case "procurement_projects":
        return proactive.addPropertyNode(row).addPropertyNode("projects");
      case "procurement_amount":
        return proactive.addPropertyNode(row).addPropertyNode("amount");
      default:
        return proactive.addPropertyNode(row).addPropertyNode(camel(cell.getColumnId()));
    }
  }

  static String camel(String id) {
    StringBuilder s = new StringBuilder(id.length());
    boolean upper = false;
    for (char c : id.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }

  static String escape(String message) {
    StringBuilder s = new StringBuilder(message.length() + 8);
    for (char c : message.toCharArray()) {
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }
}

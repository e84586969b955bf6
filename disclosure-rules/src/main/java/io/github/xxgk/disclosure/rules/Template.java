package io.github.xxgk.disclosure.rules;

import io.github.xxgk.disclosure.model.Cell;
import io.github.xxgk.disclosure.model.Section;
import io.github.xxgk.disclosure.model.TableId;
import java.math.BigDecimal;
import java.util.function.Function;

/** Fills {@code {name}} placeholders by plain substitution; unknown names stay as written. */
final class Template {
  private Template() {}

  static String format(String template, Function<String, String> values) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, close);
      String value = values.apply(name);
      out.append(value == null ? template.substring(i, close + 1) : value);
      i = close + 1;
    }
    return out.toString();
  }

  static String text(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Cell) {
      return ((Cell) value).getLabelPath();
    }
    if (value instanceof Section) {
      return ((Section) value).getTitle();
    }
    if (value instanceof TableId) {
      return ((TableId) value).getNumeral();
    }
    return value.toString();
  }
}

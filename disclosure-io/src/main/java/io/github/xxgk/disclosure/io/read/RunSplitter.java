package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.CellKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits runs of digits printed without separators into the cells of a row: every way to cut the printed tokens
 * into exactly as many numbers as the row has cells, each number valid for its cell (no leading zeros, a sign only
 * where the cell may be negative, decimals and a unit only in amounts). Spaces in the source are kept as cuts.
 */
final class RunSplitter {
  /** More candidates than this are not enumerated: the split is then reported as ambiguous. */
  static final int LIMIT = 20_000;

  private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]*");
  private static final Pattern SIGNED = Pattern.compile("[+-]?(0|[1-9][0-9]*)");
  private static final Pattern MONEY = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?(亿元|万元|元)?");

  private final List<String> tokens;
  private final List<CellKind> kinds;
  private final List<List<String>> out = new ArrayList<>();
  private final String[] parts;

  private RunSplitter(List<String> tokens, List<CellKind> kinds) {
    this.tokens = tokens;
    this.kinds = kinds;
    this.parts = new String[kinds.size()];
  }

  /**
   * Returns every split of the tokens into one value per kind, in lexicographic order of cut positions; at most
   * {@link #LIMIT} + 1 (more means: too many to list).
   */
  static List<List<String>> split(List<String> tokens, List<CellKind> kinds) {
    RunSplitter s = new RunSplitter(tokens, kinds);
    if (tokens.size() <= kinds.size()) {
      s.walk(0, 0, 0);
    }
    return s.out;
  }

  private void walk(int token, int from, int cell) {
    if (out.size() > LIMIT) {
      return;
    }
    Deadline.tick("splitting a run of digits");
    if (token == tokens.size()) {
      if (cell == kinds.size()) {
        out.add(List.of(parts.clone()));
      }
      return;
    }
    int cellsLeft = kinds.size() - cell;
    int tokensLeft = tokens.size() - token;
    if (cellsLeft < tokensLeft) {
      return;
    }
    String t = tokens.get(token);
    if (from == 0 && (Values.isBlank(t) || t.indexOf(',') >= 0)) {
      parts[cell] = t;
      walk(token + 1, 0, cell + 1);
      return;
    }
    for (int end = from + 1; end <= t.length(); end++) {
      String part = t.substring(from, end);
      if (!valid(part, kinds.get(cell), end == t.length())) {
        continue;
      }
      parts[cell] = part;
      if (end == t.length()) {
        walk(token + 1, 0, cell + 1);
      } else if (cellsLeft > tokensLeft) {
        walk(token, end, cell + 1);
      }
    }
  }

  private static boolean valid(String part, CellKind kind, boolean endOfToken) {
    switch (kind) {
      case COUNT:
        return COUNT.matcher(part).matches();
      case SIGNED_COUNT:
        return SIGNED.matcher(part).matches();
      default:
        return MONEY.matcher(part).matches() && (endOfToken || Character.isDigit(part.charAt(part.length() - 1)));
    }
  }
}

package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.CellKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits runs of digits printed without separators into the cells of a row: every way to cut the printed tokens
 * into exactly as many numbers as the row has cells, each number valid for its cell (no leading zeros, a sign only
 * where the cell may be negative, decimals and a unit only in amounts). Spaces in the source are kept as cuts.
 */
final class RunSplitter {
  /** More candidates than this are not enumerated: the split is then reported as ambiguous. */
  static final int LIMIT = 20_000;

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
    CellKind kind = kinds.get(cell);
    for (int end = from + 1; end <= t.length(); end++) {
      if (!valid(t, from, end, kind)) {
        if (kind != CellKind.MONEY && end - from > 1) {
          break; // a count with a leading zero or a non-digit stays invalid however long it grows
        }
        continue;
      }
      parts[cell] = t.substring(from, end);
      if (end == t.length()) {
        walk(token + 1, 0, cell + 1);
      } else if (cellsLeft > tokensLeft) {
        walk(token, end, cell + 1);
      }
    }
  }

  /**
   * Whether {@code t[from, end)} is a value of the kind, checked by hand (this runs for every candidate cut):
   * a count is {@code 0|[1-9][0-9]*}, a signed count has an optional sign before it, and an amount is
   * {@code (0|[1-9][0-9]*)(\.[0-9]+)?(亿元|万元|元)?} ending in a digit unless it ends the token.
   */
  private static boolean valid(String t, int from, int end, CellKind kind) {
    switch (kind) {
      case COUNT:
        return count(t, from, end) == end;
      case SIGNED_COUNT:
        int start = from < end && (t.charAt(from) == '+' || t.charAt(from) == '-') ? from + 1 : from;
        return count(t, start, end) == end;
      default:
        return money(t, from, end) && (end == t.length() || isDigit(t.charAt(end - 1)));
    }
  }

  /** Returns the end of the count {@code 0|[1-9][0-9]*} at {@code from} (not beyond {@code end}), or -1. */
  private static int count(String t, int from, int end) {
    if (from >= end || !isDigit(t.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    if (t.charAt(from) != '0') {
      while (i < end && isDigit(t.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  private static boolean money(String t, int from, int end) {
    int i = count(t, from, end);
    if (i < 0) {
      return false;
    }
    if (i < end && t.charAt(i) == '.') {
      int digits = ++i;
      while (i < end && isDigit(t.charAt(i))) {
        i++;
      }
      if (i == digits) {
        return false;
      }
    }
    int unit = end - i;
    return unit == 0 || unit == 1 && t.charAt(i) == '元'
        || unit == 2 && t.charAt(i + 1) == '元' && (t.charAt(i) == '万' || t.charAt(i) == '亿');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

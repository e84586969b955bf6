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
  /** The longest part cut inside a token: longer than any count (19 digits) or amount as printed. */
  static final int MAX_PART = 24;
  /** The most (position, cell) states whose feasibility is memoised. */
  private static final int MEMO_LIMIT = 1 << 22;
  private static final byte FEASIBLE = 1;
  private static final byte INFEASIBLE = 2;

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final List<String> tokens;
  private final List<CellKind> kinds;
  private final List<List<String>> out = new ArrayList<>();
  /** The part of each cell as offsets into a token, made into strings only for a complete split. */
  private final int[] partToken;
  private final int[] partFrom;
  private final int[] partEnd;
  /** Where each token's positions start among the memoised states; null memo: too many states to memoise. */
  private int[] offsets;
  private byte[] memo;
  /** How many times {@link #walk} was entered: the enumeration's work, which tests bound. */
  private long walked;

  private RunSplitter(List<String> tokens, List<CellKind> kinds) {
    this.tokens = tokens;
    this.kinds = kinds;
    this.partToken = new int[kinds.size()];
    this.partFrom = new int[kinds.size()];
    this.partEnd = new int[kinds.size()];
  }

  /** Prepares the memo of {@link #feasible}, unless it would hold more than {@link #MEMO_LIMIT} states. */
  private void memoise() {
    offsets = new int[tokens.size() + 1];
    long positions = 0;
    for (int i = 0; i < tokens.size(); i++) {
      offsets[i] = (int) Math.min(positions, Integer.MAX_VALUE);
      positions += tokens.get(i).length() + 1;
    }
    offsets[tokens.size()] = (int) Math.min(positions, Integer.MAX_VALUE);
    long states = (positions + 1) * (kinds.size() + 1);
    memo = states <= MEMO_LIMIT ? new byte[(int) states] : null;
  }

  private void setPart(int cell, int token, int from, int end) {
    partToken[cell] = token;
    partFrom[cell] = from;
    partEnd[cell] = end;
  }

  private void emit() {
    String[] split = new String[kinds.size()];
    for (int i = 0; i < split.length; i++) {
      String t = tokens.get(partToken[i]);
      split[i] = partFrom[i] == 0 && partEnd[i] == t.length() ? t : t.substring(partFrom[i], partEnd[i]);
    }
    out.add(List.of(split));
  }

  /**
   * Returns every split of the tokens into one value per kind, in lexicographic order of cut positions; at most
   * {@link #LIMIT} + 1 (more means: too many to list).
   */
  static List<List<String>> split(List<String> tokens, List<CellKind> kinds) {
    RunSplitter s = new RunSplitter(tokens, kinds);
    if (tokens.size() <= kinds.size()) {
      s.memoise();
      s.walk(0, 0, 0);
    }
    return s.out;
  }

  /** Returns how many steps {@link #split} takes for the tokens: the work of its enumeration, for tests. */
  static long splitSteps(List<String> tokens, List<CellKind> kinds) {
    RunSplitter s = new RunSplitter(tokens, kinds);
    if (tokens.size() <= kinds.size()) {
      s.memoise();
      s.walk(0, 0, 0);
    }
    return s.walked;
  }

  /**
   * Returns every split of the tokens into counts that form consecutive groups of {@code group} cells, the last
   * cell of each group (its 总计, not blank) equal to the sum of the others (blank markers count as 0); at most
   * {@link #LIMIT} + 1. Each group's total is placed first and its parts are cut with their running sum bounded by
   * it, so only splits that balance are walked. Tokens with thousands separators or other than digits and blank
   * markers, and kinds other than counts, give no split: callers then use {@link #split}.
   */
  static List<List<String>> splitSums(List<String> tokens, List<CellKind> kinds, int group) {
    RunSplitter s = new RunSplitter(tokens, kinds);
    if (tokens.size() > kinds.size() || kinds.size() % group != 0) {
      return s.out;
    }
    for (CellKind kind : kinds) {
      if (kind != CellKind.COUNT) {
        return s.out;
      }
    }
    for (String t : tokens) {
      if (!Values.isBlank(t) && !DIGITS.matcher(t).matches()) {
        return s.out;
      }
    }
    s.group(0, 0, 0, group);
    s.out.sort(RunSplitter::byCuts);
    return s.out;
  }

  /** Orders splits as {@link #split} lists them: by the lengths of their parts, from the first. */
  private static int byCuts(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = Integer.compare(a.get(i).length(), b.get(i).length());
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Places the total of the group starting at cell {@code cell}, then cuts the group's parts before it. */
  private void group(int token, int from, int cell, int group) {
    if (out.size() > LIMIT) {
      return;
    }
    if (cell == kinds.size()) {
      if (token == tokens.size()) {
        emit();
      }
      return;
    }
    Deadline.tick("splitting a run of digits");
    int totalCell = cell + group - 1;
    for (int tt = token; tt < tokens.size(); tt++) {
      String t = tokens.get(tt);
      if (Values.isBlank(t)) {
        continue;
      }
      int firstStart = tt == token ? from : 0;
      for (int ts = firstStart; ts < t.length(); ts++) {
        for (int te = ts + 1; te <= Math.min(t.length(), ts + 15); te++) {
          if (count(t, ts, te) != te) {
            break; // a leading zero: no longer total starts here
          }
          int nextToken = te == t.length() ? tt + 1 : tt;
          int nextFrom = te == t.length() ? 0 : te;
          int cellsAfter = kinds.size() - totalCell - 1;
          if (cellsAfter < tokens.size() - nextToken || (cellsAfter == 0 && nextToken < tokens.size())) {
            continue;
          }
          setPart(totalCell, tt, ts, te);
          parts(token, from, cell, totalCell, tt, ts, parse(t, ts, te), group);
        }
      }
    }
  }

  /** Cuts the text from (token, from) up to the total at (endToken, endFrom) into the parts before it. */
  private void parts(int token, int from, int cell, int totalCell, int endToken, int endFrom, long remaining,
      int group) {
    if (out.size() > LIMIT) {
      return;
    }
    if (token == endToken && from == endFrom || token > endToken) {
      if (token == endToken && from == endFrom && cell == totalCell && remaining == 0) {
        String t = tokens.get(endToken);
        int te = partEnd[totalCell];
        group(te == t.length() ? endToken + 1 : endToken, te == t.length() ? 0 : te, totalCell + 1, group);
      }
      return;
    }
    if (cell == totalCell || !fits(token, from, endToken, endFrom, totalCell - cell, remaining)) {
      return;
    }
    String t = tokens.get(token);
    int limit = token == endToken ? endFrom : t.length();
    if (from == 0 && Values.isBlank(t)) {
      setPart(cell, token, 0, t.length());
      parts(token + 1, 0, cell + 1, totalCell, endToken, endFrom, remaining, group);
      return;
    }
    for (int end = from + 1; end <= Math.min(limit, from + 15); end++) {
      if (count(t, from, end) != end) {
        break; // a leading zero: no longer part starts here
      }
      long value = parse(t, from, end);
      if (value > remaining) {
        break;
      }
      setPart(cell, token, from, end);
      if (end == limit && token < endToken) {
        parts(token + 1, 0, cell + 1, totalCell, endToken, endFrom, remaining - value, group);
      } else {
        parts(token, end, cell + 1, totalCell, endToken, endFrom, remaining - value, group);
      }
    }
  }

  /** Returns whether the digits left before the total can be cut into the parts left, none above the remainder. */
  private boolean fits(int token, int from, int endToken, int endFrom, int partsLeft, long remaining) {
    long digits = 0;
    for (int i = token; i <= endToken && i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (Values.isBlank(t)) {
        continue;
      }
      digits += (i == endToken ? endFrom : t.length()) - (i == token ? from : 0);
    }
    return digits <= (long) partsLeft * Long.toString(remaining).length();
  }

  private void walk(int token, int from, int cell) {
    walked++;
    if (out.size() > LIMIT || !feasible(token, from, cell)) {
      return;
    }
    Deadline.tick("splitting a run of digits");
    if (token == tokens.size()) {
      emit();
      return;
    }
    int cellsLeft = kinds.size() - cell;
    int tokensLeft = tokens.size() - token;
    String t = tokens.get(token);
    if (from == 0 && (Values.isBlank(t) || t.indexOf(',') >= 0)) {
      setPart(cell, token, 0, t.length());
      walk(token + 1, 0, cell + 1);
      return;
    }
    CellKind kind = kinds.get(cell);
    for (int end = from + 1; end <= t.length(); end = nextEnd(t, from, end)) {
      if (!valid(t, from, end, kind)) {
        if (kind != CellKind.MONEY && end - from > 1) {
          break; // a count with a leading zero or a non-digit stays invalid however long it grows
        }
        continue;
      }
      setPart(cell, token, from, end);
      if (end == t.length()) {
        walk(token + 1, 0, cell + 1);
      } else if (cellsLeft > tokensLeft) {
        walk(token, end, cell + 1);
      }
    }
  }

  /**
   * Returns the end after {@code end} of a part starting at {@code from}: a part cut inside a token is at most
   * {@link #MAX_PART} characters (no count or amount is longer), a part ending the token may be longer.
   */
  private static int nextEnd(String t, int from, int end) {
    return end + 1 - from > MAX_PART && end < t.length() ? t.length() : end + 1;
  }

  /**
   * Returns whether the text from (token, from) splits into the cells from {@code cell} on, with the same cuts as
   * {@link #walk}: memoised per position and cell, so that the enumeration follows only paths that end in a split
   * (without it, a long run followed by tokens that cannot fill the cells left walks every dead end: seconds for a
   * 2 KB text). Positions beyond {@link #MEMO_LIMIT} states are not memoised (every state counts as feasible).
   */
  private boolean feasible(int token, int from, int cell) {
    if (token == tokens.size()) {
      return cell == kinds.size();
    }
    if (kinds.size() - cell < tokens.size() - token) {
      return false;
    }
    if (memo == null) {
      return true;
    }
    int key = (offsets[token] + from) * (kinds.size() + 1) + cell;
    if (memo[key] != 0) {
      return memo[key] == FEASIBLE;
    }
    Deadline.tick("splitting a run of digits");
    boolean feasible = false;
    String t = tokens.get(token);
    if (from == 0 && (Values.isBlank(t) || t.indexOf(',') >= 0)) {
      feasible = feasible(token + 1, 0, cell + 1);
    } else {
      boolean cutsLeft = kinds.size() - cell > tokens.size() - token;
      CellKind kind = kinds.get(cell);
      for (int end = from + 1; end <= t.length() && !feasible; end = nextEnd(t, from, end)) {
        if (!valid(t, from, end, kind)) {
          if (kind != CellKind.MONEY && end - from > 1) {
            break;
          }
          continue;
        }
        if (end == t.length()) {
          feasible = feasible(token + 1, 0, cell + 1);
        } else if (cutsLeft) {
          feasible = feasible(token, end, cell + 1);
        }
      }
    }
    memo[key] = feasible ? FEASIBLE : INFEASIBLE;
    return feasible;
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

  /** Returns the value of the digits {@code t[from, end)}, at most 15 of them. */
  private static long parse(String t, int from, int end) {
    long value = 0;
    for (int i = from; i < end; i++) {
      value = value * 10 + (t.charAt(i) - '0');
    }
    return value;
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

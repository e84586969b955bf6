package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.model.CellKind;
import java.util.ArrayList;
import java.util.BitSet;
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
  /** The longest count a balanced split cuts: its sums stay exact in a long. */
  static final int MAX_COUNT = 15;
  /** The most (position, cell) states whose feasibility is memoised. */
  private static final int MEMO_LIMIT = 1 << 22;
  private static final byte FEASIBLE = 1;
  private static final byte INFEASIBLE = 2;

  private static final long[] POWERS = new long[17];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final List<String> tokens;
  private final List<CellKind> kinds;
  private final List<List<String>> out = new ArrayList<>();
  /** The part of each cell as offsets into a token, made into strings only for a complete split. */
  private final int[] partToken;
  private final int[] partFrom;
  private final int[] partEnd;
  /** The longest part: {@link #MAX_COUNT} in a balanced split, otherwise unbounded where it ends a token. */
  private final int maxPart;
  /** Where each token's positions start among the memoised states; null memo: too many states to memoise. */
  private int[] offsets;
  private byte[] memo;
  /** How many times {@link #walk} was entered: the enumeration's work, which tests bound. */
  private long walked;

  /**
   * The group starts from which no balanced split follows, per position and group, so that each is walked once
   * (null: too many states, or no balanced split is walked).
   */
  private BitSet deadGroups;

  private RunSplitter(List<String> tokens, List<CellKind> kinds, int maxPart) {
    this.tokens = tokens;
    this.kinds = kinds;
    this.maxPart = maxPart;
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

  private int position(int token, int from) {
    return offsets[token] + from;
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
    return splitter(tokens, kinds).out;
  }

  /** Returns how many steps {@link #split} takes for the tokens: the work of its enumeration, for tests. */
  static long splitSteps(List<String> tokens, List<CellKind> kinds) {
    return splitter(tokens, kinds).walked;
  }

  private static RunSplitter splitter(List<String> tokens, List<CellKind> kinds) {
    RunSplitter s = new RunSplitter(tokens, kinds, Integer.MAX_VALUE);
    if (tokens.size() <= kinds.size()) {
      s.memoise();
      s.walk(0, 0, 0);
    }
    return s;
  }

  /**
   * Returns every split of the tokens into counts that form consecutive groups of {@code group} cells, the last
   * cell of each group (its 总计, not blank) equal to the sum of the others (blank markers count as 0); at most
   * {@link #LIMIT} + 1. Each group's total is placed first and its parts are cut with their running sum bounded by
   * it, so only splits that balance are walked. Tokens with thousands separators or other than digits and blank
   * markers, and kinds other than counts, give no split: callers then use {@link #split}.
   */
  static List<List<String>> splitSums(List<String> tokens, List<CellKind> kinds, int group) {
    return sumSplitter(tokens, kinds, group).out;
  }

  /** Returns how many steps {@link #splitSums} takes for the tokens: the work of its search, for tests. */
  static long splitSumsSteps(List<String> tokens, List<CellKind> kinds, int group) {
    return sumSplitter(tokens, kinds, group).walked;
  }

  private static RunSplitter sumSplitter(List<String> tokens, List<CellKind> kinds, int group) {
    RunSplitter s = new RunSplitter(tokens, kinds, MAX_COUNT);
    if (tokens.size() > kinds.size() || kinds.size() % group != 0) {
      return s;
    }
    for (CellKind kind : kinds) {
      if (kind != CellKind.COUNT) {
        return s;
      }
    }
    long digits = 0;
    for (String t : tokens) {
      boolean blank = Values.isBlank(t);
      if (!blank && !DIGITS.matcher(t).matches()) {
        return s;
      }
      digits += blank ? 0 : t.length();
    }
    if (digits > (long) MAX_COUNT * kinds.size()) {
      return s; // more digits than the cells can hold: no split, and no state worth memoising
    }
    s.memoise();
    if (s.memo != null) {
      s.deadGroups = new BitSet();
    }
    s.group(0, 0, 0, group);
    s.out.sort(RunSplitter::byCuts);
    return s;
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
    walked++;
    if (out.size() > LIMIT) {
      return;
    }
    if (cell == kinds.size()) {
      if (token == tokens.size()) {
        emit();
      }
      return;
    }
    int dead = deadGroups == null ? -1 : position(token, from) * (kinds.size() / group) + cell / group;
    if (dead >= 0 && deadGroups.get(dead)) {
      return;
    }
    Deadline.tick("splitting a run of digits");
    int found = out.size();
    placeTotal(token, from, cell, group);
    if (dead >= 0 && out.size() == found) {
      deadGroups.set(dead);
    }
  }

  /**
   * Places the total of the group starting at cell {@code cell} at every cut after which the cells left can still
   * be filled, and cuts the group's parts before each.
   */
  private void placeTotal(int token, int from, int cell, int group) {
    int totalCell = cell + group - 1;
    for (int tt = token; tt < tokens.size(); tt++) {
      String t = tokens.get(tt);
      if (Values.isBlank(t)) {
        continue;
      }
      int firstStart = tt == token ? from : 0;
      for (int ts = firstStart; ts < t.length(); ts++) {
        for (int te = ts + 1; te <= Math.min(t.length(), ts + MAX_COUNT); te++) {
          if (count(t, ts, te) != te) {
            break; // a leading zero: no longer total starts here
          }
          int nextToken = te == t.length() ? tt + 1 : tt;
          int nextFrom = te == t.length() ? 0 : te;
          if (!feasible(nextToken, nextFrom, totalCell + 1)) {
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
    walked++;
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
    // the group's last part is all that is left before the total: one cut, not every one
    int first = cell == totalCell - 1 ? limit : from + 1;
    for (int end = first; end <= Math.min(limit, from + MAX_COUNT); end++) {
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

  /**
   * Returns whether the digits left before the total can be cut into the parts left (a blank marker is a part of its
   * own) so that they add up to the remainder: each part no longer than the remainder, and the longest part they
   * allow long enough to reach it.
   */
  private boolean fits(int token, int from, int endToken, int endFrom, int partsLeft, long remaining) {
    long digits = 0;
    int numbers = partsLeft;
    for (int i = token; i <= endToken && i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (Values.isBlank(t)) {
        numbers--;
        continue;
      }
      digits += (i == endToken ? endFrom : t.length()) - (i == token ? from : 0);
    }
    if (numbers < 0 || digits < numbers || digits > (long) numbers * Long.toString(remaining).length()) {
      return false;
    }
    if (numbers == 0) {
      return remaining == 0;
    }
    long longest = digits - numbers + 1;
    // each part is below 10^longest, so numbers (at most the row's cells) of them add up to less than this
    return longest >= 17 || remaining < numbers * POWERS[(int) longest];
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
   * {@link #MAX_PART} characters (no count or amount is longer), a part ending the token may be longer, unless
   * parts are at most {@link #maxPart} long (past the token's end: no more ends).
   */
  private int nextEnd(String t, int from, int end) {
    if (end - from >= maxPart) {
      return t.length() + 1;
    }
    return end + 1 - from > MAX_PART && end < t.length() ? t.length() : end + 1;
  }

  /**
   * Returns whether the text from (token, from) splits into the cells from {@code cell} on, with the same cuts as
   * {@link #walk}: memoised per position and cell, so that the enumeration follows only paths that end in a split
   * (without it, a long run followed by tokens that cannot fill the cells left walks every dead end: seconds for a
   * 2 KB text). For a balanced split it is the same question without the sums, which {@link #placeTotal} asks
   * before it cuts a group's parts. Positions beyond {@link #MEMO_LIMIT} states are not memoised (every state
   * counts as feasible).
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

package io.github.xxgk.disclosure.io.robust;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of real published reports, at the byte level so that they apply to any charset and format:
 * the same seed always gives the same bytes.
 */
final class Mutator {
  /** One way of damaging an input. */
  enum Mutation {
    TRUNCATE,
    DELETE_LINE,
    DUPLICATE_LINE,
    SWAP_LINES,
    DELETE_CELL,
    DUPLICATE_CELL,
    SWAP_CELLS,
    FLIP_DIGIT,
    HUGE_NUMBER,
    INJECT_JUNK,
    INJECT_CONTROL,
    REENCODE
  }

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final List<Charset> CHARSETS = List.of(GBK, GB18030, StandardCharsets.UTF_16,
      StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1);
  private static final String[] JUNK = {"<", ">", "&", "&#", "&#x0;", "&nbsp;", "\"", "'", "|", "||", "\t", ",",
      "\r", "\r\n", "\n\n", "<td>", "</td>", "<tr>", "</table>", "<table>", "<td rowspan=\"99999\">",
      "<td colspan=\"-1\">", "总计", "合计", "（一）", "一、", "二、", "三、", "四、", "五、", "六、", "表", "-", "—",
      "+", "/", "无", "万元", "亿元", "元", "1,234", "１２３", "0.5", "1e309", "NaN", "\uFEFF", "\u3000", "\u200B",
      "\uD800", "{", "}", "[", "]", ":", "null", "=cmd|' /C calc'!A0", "<script>alert(1)</script>"};
  private static final String[] HUGE = {"2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
      "18446744073709551616", "99999999999999999999999999999999999999", "-9223372036854775809"};

  private Mutator() {}

  /** Applies {@code count} mutations chosen by the seed; returns the mutated bytes. */
  static byte[] mutate(byte[] input, long seed, int count) {
    Random random = new Random(seed);
    byte[] out = input;
    for (int i = 0; i < count; i++) {
      Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
      out = apply(mutation, out, random);
    }
    return out;
  }

  /** Returns the names of the mutations {@link #mutate} applies for the seed, to describe a failure. */
  static List<Mutation> describe(long seed, int count, byte[] input) {
    Random random = new Random(seed);
    List<Mutation> out = new ArrayList<>();
    byte[] bytes = input;
    for (int i = 0; i < count; i++) {
      Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
      out.add(mutation);
      bytes = apply(mutation, bytes, random);
    }
    return out;
  }

  /** Applies one mutation. */
  static byte[] apply(Mutation mutation, byte[] in, Random random) {
    switch (mutation) {
      case TRUNCATE:
        return Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
      case DELETE_LINE:
      case DUPLICATE_LINE:
      case SWAP_LINES:
        return segments(mutation, in, random, Mutator::isLineBreak);
      case DELETE_CELL:
      case DUPLICATE_CELL:
      case SWAP_CELLS:
        return segments(mutation, in, random, Mutator::isCellSeparator);
      case FLIP_DIGIT:
        return flipDigit(in, random);
      case HUGE_NUMBER:
        return replaceDigitRun(in, random, HUGE[random.nextInt(HUGE.length)]);
      case INJECT_JUNK:
        return insert(in, random.nextInt(in.length + 1), JUNK[random.nextInt(JUNK.length)]
            .getBytes(StandardCharsets.UTF_8));
      case INJECT_CONTROL:
        return insert(in, random.nextInt(in.length + 1), new byte[] {(byte) control(random)});
      default:
        return reencode(in, random);
    }
  }

  private static int control(Random random) {
    int[] controls = {0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1a, 0x1b, 0x1f, 0x7f, 0x80, 0xff, 0xfe, 0xef, 0xbb};
    return controls[random.nextInt(controls.length)];
  }

  private static boolean isLineBreak(byte[] in, int i) {
    return in[i] == '\n';
  }

  private static boolean isCellSeparator(byte[] in, int i) {
    byte b = in[i];
    return b == '|' || b == '\t' || b == ',' || b == ' '
        || b == '<' && i + 3 < in.length && (in[i + 1] == 't' || in[i + 1] == 'T')
        && (in[i + 2] == 'd' || in[i + 2] == 'D' || in[i + 2] == 'h' || in[i + 2] == 'H');
  }

  /** A boundary test: whether position {@code i} of the bytes starts a new segment. */
  @FunctionalInterface
  private interface Boundary {
    boolean at(byte[] in, int i);
  }

  /** Deletes, duplicates or swaps segments between boundaries (lines or cells). */
  private static byte[] segments(Mutation mutation, byte[] in, Random random, Boundary boundary) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < in.length; i++) {
      if (boundary.at(in, i) && i > 0) {
        starts.add(mutation == Mutation.DELETE_LINE || mutation == Mutation.DUPLICATE_LINE
            || mutation == Mutation.SWAP_LINES ? i + 1 : i);
      }
    }
    starts.add(in.length);
    int n = starts.size() - 1;
    if (n < 2) {
      return in;
    }
    int a = random.nextInt(n);
    int aFrom = starts.get(a);
    int aTo = Math.max(aFrom, starts.get(a + 1));
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + (aTo - aFrom));
    switch (mutation) {
      case DELETE_LINE:
      case DELETE_CELL:
        out.write(in, 0, aFrom);
        out.write(in, aTo, in.length - aTo);
        return out.toByteArray();
      case DUPLICATE_LINE:
      case DUPLICATE_CELL:
        out.write(in, 0, aTo);
        out.write(in, aFrom, aTo - aFrom);
        out.write(in, aTo, in.length - aTo);
        return out.toByteArray();
      default:
        int b = random.nextInt(n);
        if (b == a) {
          return in;
        }
        int first = Math.min(a, b);
        int second = Math.max(a, b);
        int fFrom = starts.get(first);
        int fTo = Math.max(fFrom, starts.get(first + 1));
        int sFrom = Math.max(fTo, starts.get(second));
        int sTo = Math.max(sFrom, starts.get(second + 1));
        out.write(in, 0, fFrom);
        out.write(in, sFrom, sTo - sFrom);
        out.write(in, fTo, sFrom - fTo);
        out.write(in, fFrom, fTo - fFrom);
        out.write(in, sTo, in.length - sTo);
        return out.toByteArray();
    }
  }

  private static byte[] flipDigit(byte[] in, Random random) {
    List<Integer> digits = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i] >= '0' && in[i] <= '9') {
        digits.add(i);
      }
    }
    if (digits.isEmpty()) {
      return in;
    }
    byte[] out = in.clone();
    int at = digits.get(random.nextInt(digits.size()));
    out[at] = (byte) ('0' + (out[at] - '0' + 1 + random.nextInt(9)) % 10);
    return out;
  }

  private static byte[] replaceDigitRun(byte[] in, Random random, String number) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i] >= '0' && in[i] <= '9' && (i == 0 || in[i - 1] < '0' || in[i - 1] > '9')) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      return insert(in, random.nextInt(in.length + 1), number.getBytes(StandardCharsets.US_ASCII));
    }
    int from = starts.get(random.nextInt(starts.size()));
    int to = from;
    while (to < in.length && in[to] >= '0' && in[to] <= '9') {
      to++;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + number.length());
    out.write(in, 0, from);
    out.writeBytes(number.getBytes(StandardCharsets.US_ASCII));
    out.write(in, to, in.length - to);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }

  /** Decodes the bytes as UTF-8 (or, when they are not, as GB18030) and encodes them in another charset. */
  private static byte[] reencode(byte[] in, Random random) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in)).toString();
    } catch (CharacterCodingException e) {
      text = new String(in, GB18030);
    }
    return text.getBytes(CHARSETS.get(random.nextInt(CHARSETS.size())));
  }
}

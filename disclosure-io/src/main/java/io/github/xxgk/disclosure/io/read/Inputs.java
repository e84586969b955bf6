package io.github.xxgk.disclosure.io.read;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared input handling of the readers: size limit, deadline, charset from the bytes. */
final class Inputs {
  static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

  private Inputs() {}

  /** Reads a file, refusing it when larger than the limit. */
  static byte[] read(Path path, ReadOptions options) throws ReportReadException {
    String source = sourceName(path);
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, source, options);
    } catch (IOException e) {
      if (e instanceof ReportReadException) {
        throw (ReportReadException) e;
      }
      throw new ReportReadException(source, "byte 0", "cannot read the file: " + e.getMessage(), e);
    }
  }

  /** Returns the name a file's problems are reported under: its file name. */
  static String sourceName(Path path) {
    return path.getFileName() == null ? path.toString() : path.getFileName().toString();
  }

  /** Reads a stream up to the limit, refusing longer ones. */
  static byte[] read(InputStream in, String source, ReadOptions options) throws ReportReadException {
    try {
      long max = options.getMaxBytes();
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      checkSize(bytes, source, options);
      return bytes;
    } catch (IOException e) {
      if (e instanceof ReportReadException) {
        throw (ReportReadException) e;
      }
      throw new ReportReadException(source, "byte 0", "cannot read the input: " + e.getMessage(), e);
    }
  }

  static void checkSize(byte[] bytes, String source, ReadOptions options) throws ReportReadException {
    if (bytes.length > options.getMaxBytes()) {
      throw new ReportReadException(source, "byte " + options.getMaxBytes(),
          "input is larger than the limit of " + options.getMaxBytes() + " bytes");
    }
  }

  /** A decoded text with the charset used and how it was chosen. */
  static final class Decoded {
    final String text;
    final Charset charset;
    final List<ReadingDiagnostic> diagnostics;

    Decoded(String text, Charset charset, List<ReadingDiagnostic> diagnostics) {
      this.text = text;
      this.charset = charset;
      this.diagnostics = diagnostics;
    }
  }

  /**
   * Decodes bytes: a byte order mark wins, then a charset declared in an HTML meta tag (GBK and GB2312 read as
   * their superset GB18030), then UTF-8 if the bytes are valid UTF-8, else GB18030.
   */
  static Decoded decode(byte[] bytes, boolean html) {
    List<ReadingDiagnostic> diagnostics = new ArrayList<>();
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          diagnostics);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, diagnostics);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, diagnostics);
    }
    Charset declared = html ? declared(bytes) : null;
    if (declared != null) {
      String text = strict(bytes, declared);
      if (text != null) {
        return new Decoded(text, declared, diagnostics);
      }
      diagnostics.add(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "byte 0",
          "the page declares " + declared.name() + " but its bytes are not valid " + declared.name()
              + "; the charset was sniffed instead"));
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, diagnostics);
    }
    String gb = strict(bytes, GB18030);
    if (gb != null) {
      return new Decoded(gb, GB18030, diagnostics);
    }
    diagnostics.add(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "byte 0",
        "the bytes are neither valid UTF-8 nor valid GB18030; invalid bytes were replaced with U+FFFD"));
    return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, diagnostics);
  }

  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("gbk") || name.equals("gb2312") || name.equals("gb_2312-80") || name.equals("x-gbk")) {
      return GB18030;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(GB18030)) {
      // decoding that replaces is much faster; without a replacement character the bytes were valid
      String text = new String(bytes, charset);
      if (text.indexOf('\ufffd') < 0) {
        return text;
      }
    }
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Returns the mapped result with the reader's own diagnostics added. */
  static ReadResult withDiagnostics(ReadResult result, List<ReadingDiagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return result;
    }
    List<ReadingDiagnostic> all = new ArrayList<>(result.getDiagnostics());
    all.addAll(diagnostics);
    return ReadResult.of(result.getReport(), all);
  }

  /** Throws when the deadline has passed. */
  static void checkDeadline(long deadlineNanos, String source, String position) throws ReportReadException {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ReportReadException(source, position, "reading took longer than the time limit");
    }
  }

  /**
   * Parses and maps under the options' time limit, checked inside the loops; the limit passing ends the read with
   * a ReportReadException naming the limit and where reading was.
   */
  static ReadResult withinTimeLimit(ReadOptions options, String source, Deadline.Work<ReadResult> work)
      throws ReportReadException {
    try {
      return Deadline.run(options.getTimeout(), work);
    } catch (Deadline.Exceeded e) {
      throw new ReportReadException(source, e.position, e.getMessage());
    }
  }
}

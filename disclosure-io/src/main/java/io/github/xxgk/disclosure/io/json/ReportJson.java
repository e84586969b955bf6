package io.github.xxgk.disclosure.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and writes reports as canonical JSON (one report per document) and JSON lines (one report per line).
 *
 * <p>Reading applies limits: a document of at most {@value #MAX_DOCUMENT_LENGTH} bytes or chars (each record of a
 * JSON lines input likewise), nesting of at most {@value #MAX_NESTING_DEPTH} levels, numbers of at most
 * {@value #MAX_NUMBER_LENGTH} digits and strings of at most {@value #MAX_STRING_LENGTH} chars. Whatever is wrong
 * with the input, the one exception is {@link ReportReadException}, naming the source, the JSON path, the line and
 * the column, e.g. {@code r.json: $.tables.t3.granted.total (line 12, column 18): expected a whole number or a cell
 * object, got "7"}. Lines and columns count from 1; for bytes and streams the column counts bytes, for strings and
 * readers chars.
 *
 * <p>A negative count or amount is read and kept: it is a data value the rules check (S-T2-1, S-T3-3, S-T4-4), not a
 * format error. What the model itself requires stays an error: a year before 2019 and a blank body.
 *
 * <p>Reading is one streaming pass over the tokens (no tree, no reflection), whatever the order of the keys.
 */
public final class ReportJson {
  /** The largest document read, in bytes (or chars for a {@link Reader}). */
  public static final long MAX_DOCUMENT_LENGTH = 16L << 20;
  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest number read, in chars. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The longest string read, in chars. */
  public static final int MAX_STRING_LENGTH = 4 << 20;

  private static final JsonFactory DOCUMENT = factory(MAX_DOCUMENT_LENGTH);
  private static final JsonFactory LINES = factory(-1);
  /** A template only: a pretty printer counts its nesting, so each document gets its own {@code createInstance()}. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

  private ReportJson() {}

  private static JsonFactory factory(long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(1024)
            .build())
        // duplicate keys are found by the reader itself, without a set per object
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** Reads one report from JSON bytes (UTF-8, or UTF-16/32 with detection); {@code sourceName} names it in errors. */
  public static Report read(byte[] json, String sourceName) throws ReportReadException {
    Objects.requireNonNull(json, "json");
    return readOne(() -> DOCUMENT.createParser(json), sourceName);
  }

  /** Reads one report from a JSON string. */
  public static Report read(String json, String sourceName) throws ReportReadException {
    Objects.requireNonNull(json, "json");
    return readOne(() -> DOCUMENT.createParser(json), sourceName);
  }

  /** Reads one report from a stream of JSON bytes, which is read to its end but not closed. */
  public static Report read(InputStream json, String sourceName) throws ReportReadException {
    Objects.requireNonNull(json, "json");
    return readOne(() -> DOCUMENT.createParser(json), sourceName);
  }

  /** Reads one report from JSON text, which is read to its end but not closed. */
  public static Report read(Reader json, String sourceName) throws ReportReadException {
    Objects.requireNonNull(json, "json");
    return readOne(() -> DOCUMENT.createParser(json), sourceName);
  }

  /**
   * Reads JSON lines, one report per line (blank lines skipped), handing each report to {@code sink} as soon as it
   * is read; stops at the first report that cannot be read. The stream is not closed.
   */
  public static void readLines(InputStream json, String sourceName, Consumer<? super Report> sink)
      throws ReportReadException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sink, "sink");
    readMany(() -> LINES.createParser(json), sourceName, sink);
  }

  /** Reads JSON lines from text; see {@link #readLines(InputStream, String, Consumer)}. */
  public static void readLines(Reader json, String sourceName, Consumer<? super Report> sink)
      throws ReportReadException {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sink, "sink");
    readMany(() -> LINES.createParser(json), sourceName, sink);
  }

  /** Reads every report of JSON lines bytes into a list. */
  public static List<Report> readLines(byte[] json, String sourceName) throws ReportReadException {
    Objects.requireNonNull(json, "json");
    List<Report> reports = new ArrayList<>();
    readMany(() -> LINES.createParser(json), sourceName, reports::add);
    return reports;
  }

  /** Returns the compact canonical JSON of a report, on one line. */
  public static String write(Report report) {
    StringWriter out = new StringWriter(8192);
    try (JsonGenerator g = DOCUMENT.createGenerator(out)) {
      ReportJsonWriter.write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Returns the canonical JSON of a report, indented by two spaces, ending with a line feed. */
  public static String writePretty(Report report) {
    StringWriter out = new StringWriter(16384);
    try (JsonGenerator g = DOCUMENT.createGenerator(out)) {
      g.setPrettyPrinter(PRETTY.createInstance());
      ReportJsonWriter.write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /** Returns the compact canonical JSON of a report as UTF-8 bytes. */
  public static byte[] writeBytes(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the compact canonical JSON of a report as UTF-8; the stream is not closed. */
  public static void write(Report report, OutputStream out) throws IOException {
    try (JsonGenerator g = DOCUMENT.createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      ReportJsonWriter.write(report, g);
    }
  }

  /** Writes reports as JSON lines, UTF-8, each line ending with a line feed; the stream is not closed. */
  public static void writeLines(Iterable<? extends Report> reports, OutputStream out) throws IOException {
    try (JsonGenerator g = LINES.createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      for (Report report : reports) {
        ReportJsonWriter.write(report, g);
        g.writeRaw('\n');
      }
    }
  }

  /** Returns reports as JSON lines text, each line ending with a line feed. */
  public static String writeLines(Iterable<? extends Report> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      writeLines(reports, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Report readOne(ParserSupplier supplier, String sourceName) throws ReportReadException {
    try (JsonParser parser = open(supplier, sourceName)) {
      return readOne(parser, sourceName);
    } catch (IOException e) {
      throw closing(e, sourceName);
    }
  }

  private static void readMany(ParserSupplier supplier, String sourceName, Consumer<? super Report> sink)
      throws ReportReadException {
    try (JsonParser parser = open(supplier, sourceName)) {
      readMany(parser, sourceName, sink);
    } catch (IOException e) {
      throw closing(e, sourceName);
    }
  }

  private static Report readOne(JsonParser parser, String sourceName) throws ReportReadException {
    ReportJsonReader reader = new ReportJsonReader(parser, sourceName);
    try {
      Report report = reader.next();
      if (report == null) {
        throw new ReportReadException(sourceName, "$ (line 1, column 1)", "empty input: expected a report object");
      }
      reader.expectEnd();
      return report;
    } finally {
      reader.release();
    }
  }

  private static void readMany(JsonParser parser, String sourceName, Consumer<? super Report> sink)
      throws ReportReadException {
    ReportJsonReader reader = new ReportJsonReader(parser, sourceName);
    try {
      long previousEnd = 0;
      while (true) {
        Report report = reader.next();
        if (report == null) {
          return;
        }
        long end = offset(parser);
        if (end - previousEnd > MAX_DOCUMENT_LENGTH) {
          throw new ReportReadException(sourceName, "$ (line " + parser.currentLocation().getLineNr() + ")",
              "input exceeds a limit: a record is longer than " + MAX_DOCUMENT_LENGTH);
        }
        previousEnd = end;
        sink.accept(report);
      }
    } finally {
      reader.release();
    }
  }

  private static long offset(JsonParser parser) {
    long bytes = parser.currentLocation().getByteOffset();
    return bytes >= 0 ? bytes : parser.currentLocation().getCharOffset();
  }

  /** Opens a parser; creating one reads the first bytes (encoding detection), which may already fail. */
  private static JsonParser open(ParserSupplier supplier, String sourceName) throws ReportReadException {
    try {
      return supplier.get();
    } catch (JsonProcessingException e) {
      throw new ReportReadException(sourceName, "$ (line 1, column 1)", ReportJsonReader.reason(e), e);
    } catch (IOException e) {
      throw new ReportReadException(sourceName, "$ (line 1, column 1)", "cannot read the input: " + e.getMessage(), e);
    }
  }

  private static ReportReadException closing(IOException e, String sourceName) {
    if (e instanceof ReportReadException) {
      return (ReportReadException) e;
    }
    return new ReportReadException(sourceName, "$", "cannot read the input: " + e.getMessage(), e);
  }

  @FunctionalInterface
  private interface ParserSupplier {
    JsonParser get() throws IOException;
  }
}

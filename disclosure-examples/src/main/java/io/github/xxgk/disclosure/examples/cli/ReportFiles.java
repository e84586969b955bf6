package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.csv.CsvReportReader;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.io.pdf.PdfReportReader;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import io.github.xxgk.disclosure.model.Report;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads report files of every kind the command accepts, told apart by content ({@link InputKind}). Each reader class
 * is loaded only when a file of its kind is met, so a JSON-only run never loads the HTML or PDF readers.
 */
final class ReportFiles {
  /** The largest file read as one report. */
  static final long MAX_FILE_SIZE = 64L << 20;
  /** Files up to this size are read whole; larger ones are looked at first, and JSON lines among them streamed. */
  private static final long SMALL_FILE_SIZE = 1L << 20;

  private ReportFiles() {}

  /** Returns the kind of the file, from its first {@link InputKind#JSON_HEAD} bytes. */
  static InputKind detect(Path file) throws ReportReadException {
    byte[] head = new byte[InputKind.JSON_HEAD];
    try (InputStream in = Files.newInputStream(file)) {
      int length = in.readNBytes(head, 0, head.length);
      return InputKind.detect(head, length);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Reads every report of the file, handing each to {@code sink} as soon as it is read: one, or one per record for
   * JSON lines (streamed, of any size). Throws for a file that cannot be read; for JSON lines the reports read
   * before the failing record have been handed to {@code sink} by then.
   */
  static void read(Path file, Sink sink) throws ReportReadException {
    long size = size(file);
    if (size > SMALL_FILE_SIZE && detect(file) == InputKind.JSON_LINES) {
      readLines(file, sink);
      return;
    }
    byte[] bytes = bytes(file, size);
    InputKind kind = InputKind.detect(bytes, Math.min(bytes.length, InputKind.JSON_HEAD));
    if (kind == InputKind.JSON_LINES) {
      int[] record = {0};
      ReportJson.readLines(new ByteArrayInputStream(bytes), file.toString(),
          r -> sink.accept(++record[0], ReadResult.of(r)));
    } else {
      sink.accept(0, read(kind, bytes, file.toString()));
    }
  }

  /** Returns whether the file is JSON lines too large to read whole, to be streamed with {@link #readLines}. */
  static boolean isLargeJsonLines(Path file) throws ReportReadException {
    return size(file) > SMALL_FILE_SIZE && detect(file) == InputKind.JSON_LINES;
  }

  /** Streams the reports of a JSON lines file of any size, numbering the records from 1. */
  static void readLines(Path file, Sink sink) throws ReportReadException {
    int[] record = {0};
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ReportJson.readLines(in, file.toString(), r -> sink.accept(++record[0], ReadResult.of(r)));
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Receives the reports of a file: {@code record} is the 1-based record of a JSON lines file, else 0. */
  interface Sink {
    void accept(int record, ReadResult result);
  }

  /** Returns the one report of the file; JSON lines must hold exactly one record. */
  static ReadResult readOne(Path file) throws ReportReadException {
    byte[] bytes = bytes(file, size(file));
    return read(InputKind.detect(bytes, Math.min(bytes.length, InputKind.JSON_HEAD)), bytes, file.toString());
  }

  /** Reads one report of the given kind from the bytes. */
  static ReadResult read(InputKind kind, byte[] bytes, String name) throws ReportReadException {
    switch (kind) {
      case JSON:
        return ReadResult.of(ReportJson.read(bytes, name));
      case JSON_LINES:
        List<Report> reports = ReportJson.readLines(bytes, name);
        if (reports.size() != 1) {
          throw new ReportReadException(name, "line 1", "expected one report, found " + reports.size()
              + " JSON lines records");
        }
        return ReadResult.of(reports.get(0));
      case CSV:
        try {
          return CsvReportReader.of().read(new ByteArrayInputStream(bytes), name);
        } catch (ReportReadException e) {
          throw e;
        } catch (IOException e) {
          throw new ReportReadException(name, "byte 0", Inputs.reason(e), e);
        }
      case HTML:
        return HtmlReportReader.of().read(bytes, name);
      case PDF:
        PdfLogging.apply();
        return PdfReportReader.of().read(new ByteArrayInputStream(bytes), name);
      case TEXT:
        return TextReportReader.of().read(bytes, name);
      default:
        throw new ReportReadException(name, "byte 0", "not a report: binary content that is not a PDF");
    }
  }

  /** Returns the whole file of the given size, refusing files larger than {@link #MAX_FILE_SIZE}. */
  static byte[] bytes(Path file, long size) throws ReportReadException {
    try {
      if (size > MAX_FILE_SIZE) {
        throw new ReportReadException(file.toString(), "byte " + MAX_FILE_SIZE,
            "file too large: " + size + " bytes (at most " + MAX_FILE_SIZE + ")");
      }
      return Files.readAllBytes(file);
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static long size(Path file) throws ReportReadException {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static ReportReadException unreadable(Path file, IOException e) {
    String reason = e instanceof NoSuchFileException ? "no such file" : "cannot read the file: " + Inputs.reason(e);
    return new ReportReadException(file.toString(), "byte 0", reason, e);
  }
}

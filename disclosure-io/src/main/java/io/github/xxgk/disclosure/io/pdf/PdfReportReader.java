package io.github.xxgk.disclosure.io.pdf;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.read.PrintedDocument;
import io.github.xxgk.disclosure.io.read.ReportMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a report published as a PDF with a text layer: the cells of its tables are found from the positions of
 * the glyphs and the ruling lines on the page, not from the order of the text stream, and mapped to the report
 * like any other printed report. Thread-safe.
 *
 * <p>Input is read within fixed bounds (at most 64 MiB of PDF, 256 MiB of decoded streams, 500 pages, two million
 * glyphs, 16 MiB of decoded content and three million drawing operators a page). A scanned PDF (images, no text) is refused with {@code no text layer; OCR is not supported}; encrypted,
 * truncated and damaged files are refused naming the problem.
 */
public final class PdfReportReader {
  private static final PdfReportReader DEFAULT = new PdfReportReader(PdfLimits.DEFAULT);
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final PdfLimits limits;

  private PdfReportReader(PdfLimits limits) {
    this.limits = limits;
  }

  /** Returns the reader with the default bounds. */
  public static PdfReportReader of() {
    return DEFAULT;
  }

  /** Returns a reader refusing PDFs larger than the given number of bytes. */
  public PdfReportReader withMaxBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
    }
    return new PdfReportReader(limits.withMaxBytes(maxBytes));
  }

  /** Returns a reader with the given bounds, for tests. */
  static PdfReportReader withLimits(PdfLimits limits) {
    return new PdfReportReader(limits);
  }

  /** Returns whether the bytes start like a PDF ({@code %PDF-} within the first 1024 bytes). */
  public static boolean isPdf(byte[] head) {
    int end = Math.min(head.length, 1024) - MAGIC.length;
    for (int i = 0; i <= end; i++) {
      if (Arrays.equals(head, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the report in the given PDF file. */
  public ReadResult read(Path file) throws ReportReadException {
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException e) {
      throw new ReportReadException(name, "byte 0", "cannot read the file: " + e.getMessage(), e);
    }
  }

  /** Reads the report in the PDF from the stream; {@code source} names it in messages (may be null). */
  public ReadResult read(InputStream in, String source) throws ReportReadException {
    PdfSource pdf = PdfSource.read(in, source, limits);
    List<ReadingDiagnostic> diagnostics = new ArrayList<>(textLayer(pdf));
    PrintedDocument printed = PrintedPdf.of(source, PdfLayout.of(pdf.pages()), pdf.title());
    ReadResult mapped = ReportMapper.of().map(printed);
    diagnostics.addAll(mapped.getDiagnostics());
    return ReadResult.of(mapped.getReport(), diagnostics);
  }

  /** Refuses a PDF with no text at all; notes each page that shows only images. */
  private static List<ReadingDiagnostic> textLayer(PdfSource pdf) throws ReportReadException {
    List<ReadingDiagnostic> out = new ArrayList<>();
    boolean anyText = false;
    for (PageContent page : pdf.pages()) {
      boolean text = page.glyphs().stream().anyMatch(g -> !g.isBlank());
      anyText |= text;
      for (String problem : page.problems()) {
        out.add(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "page " + page.number(), problem));
      }
      if (!text && page.images() > 0) {
        out.add(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "page " + page.number(),
            "page shows only images, no text layer; OCR is not supported, so its content is not read"));
      }
    }
    if (!anyText) {
      throw new ReportReadException(pdf.name(), "page 1", "no text layer; OCR is not supported");
    }
    return out;
  }
}

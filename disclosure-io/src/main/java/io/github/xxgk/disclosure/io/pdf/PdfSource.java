package io.github.xxgk.disclosure.io.pdf;

import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF within fixed bounds (bytes read, memory for decoded streams, pages, glyphs) and collects what each
 * page draws; every failure becomes a {@link ReportReadException} naming the problem.
 */
final class PdfSource {
  private final String name;
  private final List<PageContent> pages;
  private final Optional<String> title;
  private final Optional<Calendar> created;

  private PdfSource(String name, List<PageContent> pages, Optional<String> title, Optional<Calendar> created) {
    this.name = name;
    this.pages = List.copyOf(pages);
    this.title = title;
    this.created = created;
  }

  static PdfSource read(InputStream in, String name, PdfLimits limits) throws ReportReadException {
    byte[] bytes = readBounded(in, name, limits.maxBytes());
    checkEnvelope(bytes, name);
    try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemory()).streamCache)) {
      int count = document.getNumberOfPages();
      if (count == 0) {
        throw new ReportReadException(name, "page 1", "the PDF has no pages");
      }
      if (count > limits.maxPages()) {
        throw new ReportReadException(name, "page " + (limits.maxPages() + 1),
            "too many pages: " + count + " (at most " + limits.maxPages() + " are read)");
      }
      List<PageContent> pages = new ArrayList<>();
      int budget = limits.maxGlyphs();
      for (int i = 1; i <= count; i++) {
        checkContentLength(document.getPage(i - 1), i, limits.maxPageContent(), name);
        PageContent page = page(document, i, budget, limits.maxOperators(), name);
        budget -= page.glyphs().size();
        pages.add(page);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      Optional<String> title = Optional.ofNullable(info.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
      return new PdfSource(name, pages, title, Optional.ofNullable(info.getCreationDate()));
    } catch (InvalidPasswordException e) {
      throw new ReportReadException(name, "byte 0", "encrypted PDF: a password is required to open it", e);
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ReportReadException(name, "byte 0", "damaged PDF: " + describe(e), e);
    }
  }

  private static PageContent page(PDDocument document, int number, int glyphBudget, int maxOperators,
      String name) throws IOException {
    PDPage page = document.getPage(number - 1);
    GlyphCollector glyphs = new GlyphCollector(Math.max(glyphBudget, 0), maxOperators);
    glyphs.setStartPage(number);
    glyphs.setEndPage(number);
    try {
      glyphs.getText(document);
    } catch (GlyphCollector.TooMuchContentException e) {
      throw new ReportReadException(name, "page " + number,
          "too much drawing: more than " + maxOperators + " operators on one page", e);
    } catch (GlyphCollector.TooMuchTextException e) {
      throw new ReportReadException(name, "page " + number, "too much text: more glyphs than a report holds", e);
    } catch (IOException | RuntimeException e) {
      throw new ReportReadException(name, "page " + number, "damaged page: " + describe(e), e);
    }
    RulingCollector rulings = new RulingCollector(page);
    try {
      rulings.collect();
    } catch (IOException | RuntimeException e) {
      throw new ReportReadException(name, "page " + number, "damaged page: " + describe(e), e);
    }
    int rotation = Math.floorMod(page.getRotation(), 360);
    if (rotation == 0) {
      return new PageContent(number, page.getCropBox().getWidth(), page.getCropBox().getHeight(), glyphs.glyphs(),
          rulings.rulings(), rulings.images(), glyphs.problems());
    }
    // glyph positions are taken as the page is shown; the lines are not turned, so they are not used
    List<String> problems = new ArrayList<>(glyphs.problems());
    problems.add("page is rotated by " + rotation + " degrees: its table lines are not used, cells are read from "
        + "the text positions alone");
    boolean turned = rotation == 90 || rotation == 270;
    return new PageContent(number, turned ? page.getCropBox().getHeight() : page.getCropBox().getWidth(),
        turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight(), glyphs.glyphs(), List.of(),
        rulings.images(), problems);
  }

  /**
   * Refuses a page whose content streams decode to more than the bound (a compression bomb). Flate streams, the
   * usual kind, are inflated here as a stream and counted, never held whole; other filters are left to the
   * operator bound.
   */
  private static void checkContentLength(PDPage page, int number, long max, String name)
      throws ReportReadException {
    List<COSStream> streams = new ArrayList<>();
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSStream stream) {
      streams.add(stream);
    } else if (contents instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSStream stream) {
          streams.add(stream);
        }
      }
    }
    long length = 0;
    for (COSStream stream : streams) {
      length += decodedLength(stream, max - length);
      if (length > max) {
        throw new ReportReadException(name, "page " + number,
            "too much drawing: page content longer than " + max + " bytes");
      }
    }
  }

  /** The decoded length of a content stream, counted up to just past {@code max}; 0 when it cannot be told. */
  private static long decodedLength(COSStream stream, long max) {
    COSBase filters = stream.getFilters();
    if (filters instanceof COSArray array && array.size() == 1) {
      filters = array.getObject(0);
    }
    if (filters == null || filters instanceof COSArray array && array.size() == 0) {
      return stream.getLength();
    }
    if (!COSName.FLATE_DECODE.equals(filters)) {
      return 0;
    }
    long length = 0;
    try (InputStream in = new InflaterInputStream(stream.createRawInputStream())) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while (length <= max && (n = in.read(buffer)) > 0) {
        length += n;
      }
    } catch (IOException | RuntimeException e) {
      // a stream that cannot be inflated is the text collector's to report
    }
    return length;
  }

  private static byte[] readBounded(InputStream in, String name, long max) throws ReportReadException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new ReportReadException(name, "byte " + max, "PDF too large: more than " + max + " bytes");
      }
      return bytes;
    } catch (ReportReadException e) {
      throw e;
    } catch (IOException e) {
      throw new ReportReadException(name, "byte 0", "cannot read the input: " + describe(e), e);
    }
  }

  /** Rejects input that is not a PDF or was cut short before PDFBox, which would repair it silently, sees it. */
  private static void checkEnvelope(byte[] bytes, String name) throws ReportReadException {
    int start = indexOf(bytes, "%PDF-", 0, Math.min(bytes.length, 1024));
    if (start < 0) {
      throw new ReportReadException(name, "byte 0", "not a PDF: no %PDF- header");
    }
    int tail = Math.max(0, bytes.length - 2048);
    if (indexOf(bytes, "%%EOF", tail, bytes.length) < 0) {
      throw new ReportReadException(name, "byte " + bytes.length,
          "truncated PDF: no %%EOF marker at the end of the file");
    }
  }

  private static int indexOf(byte[] bytes, String marker, int from, int to) {
    byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
    for (int i = from; i + m.length <= to; i++) {
      int k = 0;
      while (k < m.length && bytes[i + k] == m[k]) {
        k++;
      }
      if (k == m.length) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }

  String name() {
    return name;
  }

  List<PageContent> pages() {
    return pages;
  }

  Optional<String> title() {
    return title;
  }

  Optional<Calendar> created() {
    return created;
  }
}

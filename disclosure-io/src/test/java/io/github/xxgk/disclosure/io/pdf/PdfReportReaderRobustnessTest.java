package io.github.xxgk.disclosure.io.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReadingDiagnostic;
import io.github.xxgk.disclosure.io.ReportReadException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfReportReaderRobustnessTest {
  private static byte[] hongze() throws IOException {
    return Files.readAllBytes(PdfLayoutTest.corpus("emixed-2023-huaian-hongze.pdf"));
  }

  private static ReportReadException refused(PdfReportReader reader, byte[] pdf) {
    return assertThrows(ReportReadException.class, () -> reader.read(new ByteArrayInputStream(pdf), "x.pdf"));
  }

  /** A one-page PDF showing only an image, as a scanner makes it. */
  private static byte[] scanned() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
      image.setRGB(10, 10, 0xFFFFFF);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(x, 20, 20, 500, 700);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void refusesAScannedPdfWithoutTextLayer() throws IOException {
    ReportReadException e = refused(PdfReportReader.of(), scanned());
    assertEquals("x.pdf: page 1: no text layer; OCR is not supported", e.getMessage());
    assertEquals("page 1", e.getPosition());
  }

  @Test
  void refusesAnEncryptedPdfNamingThePassword() throws IOException {
    byte[] encrypted;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      encrypted = out.toByteArray();
    }
    assertEquals("x.pdf: byte 0: encrypted PDF: a password is required to open it",
        refused(PdfReportReader.of(), encrypted).getMessage());
  }

  @Test
  void refusesATruncatedPdf() throws IOException {
    byte[] whole = hongze();
    byte[] half = Arrays.copyOf(whole, whole.length / 2);
    assertEquals("x.pdf: byte " + half.length + ": truncated PDF: no %%EOF marker at the end of the file",
        refused(PdfReportReader.of(), half).getMessage());
  }

  @Test
  void refusesInputThatIsNoPdf() {
    byte[] html = "<html><body>2023年</body></html>".getBytes(StandardCharsets.UTF_8);
    assertEquals("x.pdf: byte 0: not a PDF: no %PDF- header", refused(PdfReportReader.of(), html).getMessage());
    assertFalse(PdfReportReader.isPdf(html));
  }

  @Test
  void refusesADamagedPdf() {
    byte[] garbage = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
    assertEquals("x.pdf: byte 0: damaged PDF: Page tree root must be a dictionary",
        refused(PdfReportReader.of(), garbage).getMessage());
  }

  @Test
  void refusesAPdfLargerThanTheLimitBeforeParsingIt() throws IOException {
    assertEquals("x.pdf: byte 1000: PDF too large: more than 1000 bytes",
        refused(PdfReportReader.of().withMaxBytes(1000), hongze()).getMessage());
  }

  @Test
  void refusesMorePagesThanTheLimit() throws IOException {
    PdfReportReader reader = PdfReportReader.withLimits(new PdfLimits(1 << 20, 1 << 24, 2, 100_000, 100_000, 1 << 24));
    assertEquals("x.pdf: page 3: too many pages: 5 (at most 2 are read)", refused(reader, hongze()).getMessage());
  }

  @Test
  void refusesMoreGlyphsThanTheLimit() throws IOException {
    PdfReportReader reader = PdfReportReader.withLimits(new PdfLimits(1 << 20, 1 << 24, 10, 100, 100_000, 1 << 24));
    assertEquals("x.pdf: page 1: too much text: more glyphs than a report holds",
        refused(reader, hongze()).getMessage());
  }

  @Test
  void refusesMoreDrawingOperatorsOnAPageThanTheLimit() throws IOException {
    PdfReportReader reader = PdfReportReader.withLimits(new PdfLimits(1 << 20, 1 << 24, 10, 100_000, 500, 1 << 24));
    assertEquals("x.pdf: page 1: too much drawing: more than 500 operators on one page",
        refused(reader, hongze()).getMessage());
  }

  @Test
  void refusesAPageWhoseContentDecompressesBeyondTheLimit() throws IOException {
    byte[] bomb;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream content = new PDStream(doc);
      try (OutputStream o = content.createOutputStream(COSName.FLATE_DECODE)) {
        o.write(new byte[1 << 20]);
      }
      page.setContents(content);
      doc.save(out);
      bomb = out.toByteArray();
    }
    assertTrue(bomb.length < 10_000, "compressed " + bomb.length);
    PdfReportReader reader = PdfReportReader.withLimits(new PdfLimits(1 << 20, 1 << 24, 10, 100_000, 100_000, 1000));
    assertEquals("x.pdf: page 1: too much drawing: page content longer than 1000 bytes",
        refused(reader, bomb).getMessage());
  }

  @Test
  void saysWhenAPageIsRotatedAndItsLinesAreNotUsed() throws IOException {
    byte[] rotated;
    try (PDDocument doc = Loader.loadPDF(hongze()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getPage(4).setRotation(90);
      doc.save(out);
      rotated = out.toByteArray();
    }
    ReadResult result = PdfReportReader.of().read(new ByteArrayInputStream(rotated), "x.pdf");
    assertTrue(result.getDiagnostics().contains(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "page 5",
        "page is rotated by 90 degrees: its table lines are not used, cells are read from the text positions alone")),
        result.getDiagnostics()::toString);
    assertEquals(2023, result.getReport().getYear());
  }

  @Test
  void saysHowManyGlyphsOfAFontMapToNoText() throws IOException {
    // the digits of the 洪泽区 PDF are set in Times New Roman: without its ToUnicode map PDFBox drops them
    byte[] unmapped;
    try (PDDocument doc = Loader.loadPDF(hongze()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getPage(0).getResources().getFont(COSName.getPDFName("FT8")).getCOSObject()
          .removeItem(COSName.TO_UNICODE);
      doc.save(out);
      unmapped = out.toByteArray();
    }
    ReadResult result = PdfReportReader.of().read(new ByteArrayInputStream(unmapped), "x.pdf");
    assertTrue(result.getDiagnostics().contains(ReadingDiagnostic.of(ReadingDiagnostic.Kind.OTHER, "page 1",
        "73 glyphs of font AUWCNV+TimesNewRomanPSMT map to no text (its ToUnicode map is missing or damaged): "
            + "they are not read")), result.getDiagnostics()::toString);
    assertEquals(List.of(), PdfReportReader.of().read(new ByteArrayInputStream(hongze()), "x.pdf").getDiagnostics()
        .stream().filter(d -> d.getMessage().contains("map to no text")).collect(Collectors.toList()));
  }

  @Test
  void detectsPdfFromItsFirstBytes() throws IOException {
    assertTrue(PdfReportReader.isPdf(Arrays.copyOf(hongze(), 16)));
    assertFalse(PdfReportReader.isPdf(new byte[0]));
  }
}

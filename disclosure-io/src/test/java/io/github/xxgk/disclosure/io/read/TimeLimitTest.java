package io.github.xxgk.disclosure.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The time limit of {@link ReadOptions} is checked inside parsing and mapping, not only at the end. */
class TimeLimitTest {
  private static final ReadOptions TINY = ReadOptions.defaults().withTimeout(Duration.ofNanos(1));

  @Test
  void textReaderStopsInsideParsingNamingTheLimit() throws IOException {
    String text = Files.readString(CorpusReadingTest.CORPUS.resolve("reports/e2021-2021-pingtan.txt"));
    String big = text.repeat(200);
    ReportReadException e = assertThrows(ReportReadException.class,
        () -> TextReportReader.of(TINY).read(big, "big.txt"));
    assertEquals("big.txt: metadata: reading took longer than the time limit of PT0.000000001S", e.getMessage());
  }

  @Test
  void htmlReaderStopsInsideParsingNamingTheLimit() throws IOException {
    String page = Files.readString(CorpusReadingTest.CORPUS.resolve("reports/e2021-2021-pingtan.page.html"));
    byte[] big = page.repeat(20).getBytes(StandardCharsets.UTF_8);
    ReportReadException e = assertThrows(ReportReadException.class,
        () -> HtmlReportReader.of(TINY).read(big, "big.html"));
    assertEquals("big.html: metadata: reading took longer than the time limit of PT0.000000001S", e.getMessage());
  }

  @Test
  void readsWithinTheDefaultLimitAndChecksNothingOutsideARead() throws IOException, ReportReadException {
    String text = Files.readString(CorpusReadingTest.CORPUS.resolve("reports/e2021-2021-pingtan.txt"));
    assertEquals(2021, TextReportReader.of().read(text, "t.txt").getReport().getYear());
    // parsing on its own (no read, so no limit) never stops
    assertEquals(1, TextReportReader.of(TINY).parse(text, "t.txt").getTables().size());
  }
}

package io.github.xxgk.disclosure.benchmarks;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.read.HtmlReportReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pair 3: reading one published HTML page into a report, against {@code Jsoup.parse} of the same bytes (charset
 * detected from the bytes in both).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlReadBenchmark {
  @Param({Samples.CORPUS, Samples.GENERATED})
  public String source;

  private final HtmlReportReader reader = HtmlReportReader.of();
  private byte[][] pages;
  private int next;

  /** Loads the pages. */
  @Setup
  public void setUp() {
    pages = Samples.pages(source);
  }

  private byte[] next() {
    byte[] bytes = pages[next];
    next = next + 1 == pages.length ? 0 : next + 1;
    return bytes;
  }

  /** Ours: {@code HtmlReportReader.read}. */
  @Benchmark
  public ReadResult read() throws ReportReadException {
    return reader.read(next(), "benchmark");
  }

  /** Baseline: {@code Jsoup.parse}. */
  @Benchmark
  public Document parse() throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(next()), null, "");
  }
}

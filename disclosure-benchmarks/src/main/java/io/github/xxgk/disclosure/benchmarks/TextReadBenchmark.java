package io.github.xxgk.disclosure.benchmarks;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.read.TextReportReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading scraped page text into a report: reports/s, and bytes/s in the secondary result {@code bytes}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextReadBenchmark {
  @Param({Samples.CORPUS, Samples.GENERATED})
  public String source;

  private final TextReportReader reader = TextReportReader.of();
  private byte[][] texts;
  private int next;

  /** Counts the bytes read; JMH reports them per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Loads the texts. */
  @Setup
  public void setUp() {
    texts = Samples.texts(source);
  }

  /** Ours: {@code TextReportReader.read} of the UTF-8 bytes. */
  @Benchmark
  public ReadResult read(Bytes counter) throws ReportReadException {
    byte[] text = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    counter.bytes += text.length;
    return reader.read(text, "benchmark");
  }
}

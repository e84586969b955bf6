package io.github.xxgk.disclosure.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Report;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pair 2: reading one report from its canonical JSON into the model, against Jackson's {@code readTree} of the
 * same bytes (a generic tree, no mapping and no checks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonReadBenchmark {
  @Param({Samples.CORPUS, Samples.GENERATED})
  public String source;

  private final ObjectMapper mapper = new ObjectMapper();
  private byte[][] json;
  private int next;

  /** Writes the canonical JSON of the reports. */
  @Setup
  public void setUp() {
    json = Samples.json(source);
  }

  private byte[] next() {
    byte[] bytes = json[next];
    next = next + 1 == json.length ? 0 : next + 1;
    return bytes;
  }

  /** Ours: {@code ReportJson.read}. */
  @Benchmark
  public Report read() throws ReportReadException {
    return ReportJson.read(next(), "benchmark");
  }

  /** Baseline: Jackson's {@code ObjectMapper.readTree}. */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(next());
  }
}

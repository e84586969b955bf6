package io.github.xxgk.disclosure.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xxgk.disclosure.io.csv.CsvReportWriter;
import io.github.xxgk.disclosure.io.html.HtmlTableWriter;
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
 * Writing one report as canonical JSON, CSV and an HTML page, in reports/s; for scale, Jackson writing the same
 * report's JSON tree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriteBenchmark {
  @Param({Samples.CORPUS, Samples.GENERATED})
  public String source;

  private final ObjectMapper mapper = new ObjectMapper();
  private final CsvReportWriter csv = CsvReportWriter.of();
  private final HtmlTableWriter html = HtmlTableWriter.of();
  private Report[] reports;
  private JsonNode[] trees;
  private int next;

  /** Loads the reports and their JSON trees. */
  @Setup
  public void setUp() throws IOException {
    reports = Samples.reports(source);
    trees = new JsonNode[reports.length];
    for (int i = 0; i < reports.length; i++) {
      trees[i] = mapper.readTree(ReportJson.writeBytes(reports[i]));
    }
  }

  private int next() {
    int i = next;
    next = next + 1 == reports.length ? 0 : next + 1;
    return i;
  }

  /** Canonical JSON bytes. */
  @Benchmark
  public byte[] json() {
    return ReportJson.writeBytes(reports[next()]);
  }

  /** CSV text. */
  @Benchmark
  public String csv() {
    return csv.toCsv(reports[next()]);
  }

  /** A whole HTML page. */
  @Benchmark
  public String html() {
    return html.toPage(reports[next()]);
  }

  /** Reference: Jackson writing the report's JSON tree. */
  @Benchmark
  public byte[] jacksonTree() throws JsonProcessingException {
    return mapper.writeValueAsBytes(trees[next()]);
  }
}

package io.github.xxgk.disclosure.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.model.Report;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs each benchmark's setup and calls once on the generated source (no timing): the benchmarks stay runnable. */
class SamplesTest {
  @Test
  void generatedReportsPassTheCheckAndTheFieldConstraints() {
    CheckBenchmark bench = new CheckBenchmark();
    bench.source = Samples.GENERATED;
    bench.setUp();
    try {
      for (int i = 0; i < Samples.GENERATED_COUNT; i++) {
        assertEquals(0, bench.check().count(io.github.xxgk.disclosure.rules.Severity.ERROR));
        assertEquals(Set.of(), bench.validate());
      }
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void jsonReadGivesTheGeneratedReportsInTurn() throws Exception {
    JsonReadBenchmark bench = new JsonReadBenchmark();
    bench.source = Samples.GENERATED;
    bench.setUp();
    Report[] reports = Samples.generated(Samples.GENERATED_COUNT);
    for (Report report : reports) {
      assertEquals(report, bench.read());
    }
    assertEquals(reports[0], ReportJson.read(bench.readTree().toString(), "tree"));
  }

  @Test
  void writtenPagesAndTextsReadBackToTheirBodies() throws Exception {
    HtmlReadBenchmark html = new HtmlReadBenchmark();
    html.source = Samples.GENERATED;
    html.setUp();
    TextReadBenchmark text = new TextReadBenchmark();
    text.source = Samples.GENERATED;
    text.setUp();
    TextReadBenchmark.Bytes bytes = new TextReadBenchmark.Bytes();
    Report[] reports = Samples.generated(Samples.GENERATED_COUNT);
    byte[][] texts = Samples.texts(Samples.GENERATED);
    long total = 0;
    for (int i = 0; i < 5; i++) {
      assertEquals(reports[i].getBody(), html.read().getReport().getBody());
      assertEquals(reports[i].getBody(), text.read(bytes).getReport().getBody());
      total += texts[i].length;
    }
    assertEquals(total, bytes.bytes);
  }
}

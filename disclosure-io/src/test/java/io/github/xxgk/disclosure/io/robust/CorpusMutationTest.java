package io.github.xxgk.disclosure.io.robust;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of the real corpus (truncated, lines and cells deleted, duplicated and swapped, digits flipped,
 * huge numbers, junk and control characters, other charsets) either read or fail with the documented exception.
 *
 * <p>{@code -Ddisclosure.robust.examples=N} sets the examples per reader (CI: 30).
 */
class CorpusMutationTest {
  private static final int EXAMPLES = Integer.getInteger("disclosure.robust.examples", 30);
  private static final long SEED = Long.getLong("disclosure.robust.seed", 20261202L);

  @Test
  void mutatedHtmlPagesReadOrFailWithAPosition() {
    check(Readers.HTML, Seeds.reports(".html").stream().map(Seeds::bytes).collect(Collectors.toList()));
  }

  @Test
  void mutatedTextReadsOrFailsWithAPosition() {
    check(Readers.TEXT, Seeds.reports(".txt", ".md").stream().map(Seeds::bytes).collect(Collectors.toList()));
  }

  @Test
  void mutatedPdfsReadOrFailWithAPosition() {
    check(Readers.PDF, Seeds.reports(".pdf").stream().map(Seeds::bytes).collect(Collectors.toList()));
  }

  @Test
  void mutatedJsonReadsOrFailsWithAPosition() {
    check(Readers.JSON, Seeds.jsonExamples().stream().map(Seeds::bytes).collect(Collectors.toList()));
  }

  @Test
  void mutatedCsvReadsOrFailsWithAPosition() {
    check(Readers.CSV, Seeds.exampleCsv());
  }

  static void check(Readers reader, List<byte[]> seeds) {
    if (seeds.isEmpty()) {
      throw new AssertionError("no seed inputs for the " + reader + " reader");
    }
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(integers().between(0, seeds.size() - 1), longs().all(), integers().between(1, 4))
        .checkAssert((file, seed, count) -> {
          byte[] input = Mutator.mutate(seeds.get(file), seed, count);
          try {
            reader.readBounded(input);
          } catch (AssertionError e) {
            throw new AssertionError("seed input " + file + " mutated by " + Mutator.describe(seed, count,
                seeds.get(file)) + " (seed " + seed + "): " + e.getMessage(), e);
          }
        });
  }

}

package io.github.xxgk.disclosure.io.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the committed inputs of {@link ReaderFuzzTest} without Jazzer, under the plain allocation bound of
 * {@link BoundedRead}: Jazzer's hooks allocate on the reading thread, so its replay allows more (see
 * {@link BoundedRead#JAZZER_ALLOCATION_FACTOR}); here a read that allocates out of proportion still fails.
 */
class FuzzInputsTest {
  private static final Path INPUTS = Seeds.root()
      .resolve("disclosure-io/src/test/resources/io/github/xxgk/disclosure/io/robust/ReaderFuzzTestInputs");

  @TestFactory
  Stream<DynamicTest> everyCommittedInputReadsWithinThePlainBounds() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(INPUTS)) {
      inputs = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    assertTrue(inputs.size() >= 6, "committed inputs under " + INPUTS + ": " + inputs);
    return inputs.stream().map(input -> DynamicTest.dynamicTest(INPUTS.relativize(input).toString(), () -> {
      Readers reader = Readers.valueOf(input.getParent().getFileName().toString().toUpperCase(Locale.ROOT));
      reader.readBounded(Files.readAllBytes(input));
    }));
  }
}

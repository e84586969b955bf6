package io.github.xxgk.disclosure.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @TempDir
  Path dir;

  @Test
  void tellsHowToBuildTheJarWhenItIsMissing() throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("checkout/bin"));
    Files.copy(Cli.ROOT.resolve("bin/disclosure"), bin.resolve("disclosure"));
    Process process = new ProcessBuilder("sh", bin.resolve("disclosure").toString(), "check", "x.json")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, process.waitFor());
    Path root = dir.resolve("checkout").toRealPath();
    assertEquals("disclosure: " + root + "/disclosure-examples/target/disclosure.jar not found; build it first: (cd "
        + root + " && ./mvnw -q package -DskipTests)\n", output);
  }
}

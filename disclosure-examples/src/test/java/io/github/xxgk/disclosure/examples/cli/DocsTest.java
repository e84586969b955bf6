package io.github.xxgk.disclosure.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The output shown in the README and docs/CLI.md is what the command prints. */
class DocsTest {
  private static final String HONGZE = "corpus/reports/emixed-2023-huaian-hongze.pdf";

  @Test
  void readmeShowsTheOutputOfItsFirstCommand() throws IOException {
    String readme = Files.readString(Cli.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String command = "bin/disclosure check " + HONGZE + "\n```";
    assertTrue(readme.contains(command), "README's first command");
    assertEquals(readme.indexOf("bin/disclosure "), readme.indexOf(command), "the first command of the README");
    Cli run = Cli.run("check", Cli.ROOT.resolve(HONGZE).toString());
    assertEquals(1, run.code, run.err);
    String shown = "```\n" + run.out.replace(Cli.ROOT + "/", "") + "```";
    assertTrue(readme.contains(shown), "README shows:\n" + shown);
  }

  @Test
  void cliGuideShowsTheOutputOfItsFirstExample() throws IOException {
    String guide = Files.readString(Cli.ROOT.resolve("docs/CLI.md"), StandardCharsets.UTF_8);
    Cli run = Cli.run("check", Cli.ROOT.resolve(HONGZE).toString());
    String shown = "$ bin/disclosure check " + HONGZE + "\n" + run.out.replace(Cli.ROOT + "/", "") + "$ echo $?\n"
        + run.code + "\n```";
    assertTrue(guide.contains(shown), "docs/CLI.md shows:\n" + shown);
  }
}

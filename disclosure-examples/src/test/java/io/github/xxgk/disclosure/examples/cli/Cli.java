package io.github.xxgk.disclosure.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process with captured output, and finds the bundled reports. */
final class Cli {
  static final Path ROOT = Path.of(System.getProperty("disclosure.root", "..")).toAbsolutePath().normalize();
  static final Path CORPUS = Path.of(System.getProperty("disclosure.corpus", ROOT.resolve("corpus").toString()))
      .toAbsolutePath().normalize();
  static final Path PINGTAN_2021 = ROOT.resolve("examples/pingtan-2021.json");
  static final Path XUANHUA_2019 = ROOT.resolve("examples/zhangjiakou-xuanhua-2019.json");

  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code disclosure} with the arguments, as not on a terminal. */
  static Cli run(String... args) {
    return run(false, args);
  }

  static Cli run(boolean terminal, String... args) {
    return run(terminal, false, args);
  }

  /** Runs with standard error on a terminal and, when {@code shared}, standard output on the same terminal. */
  static Cli run(boolean terminal, boolean shared, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Disclosure.run(new PrintWriter(out), new PrintWriter(err), terminal, shared, args);
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * Writes a copy of the 平潭 2021 report with one table-四 cell changed (e.g. {@code review}, {@code total}) and,
   * when {@code body} is not null, another issuing body.
   */
  static Path pingtanWith(Path dir, String name, String group, String result, int value, String body)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(PINGTAN_2021, StandardCharsets.UTF_8));
    ((ObjectNode) root.path("tables").path("t4").path(group)).put(result, value);
    if (body != null) {
      root.put("body", body);
    }
    Path file = dir.resolve(name);
    Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
    return file;
  }
}

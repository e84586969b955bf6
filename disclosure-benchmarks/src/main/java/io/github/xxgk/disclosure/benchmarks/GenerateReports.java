package io.github.xxgk.disclosure.benchmarks;

import io.github.xxgk.disclosure.io.json.ReportJson;
import io.github.xxgk.disclosure.testkit.GeneratorOptions;
import io.github.xxgk.disclosure.testkit.ReportGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated reports (seeds {@code seed..seed+count-1}, default generator options) as canonical JSON: one file
 * per report in a directory, or one JSON lines file. Usage: {@code GenerateReports COUNT --dir DIR | --jsonl FILE
 * [--seed SEED]}.
 */
public final class GenerateReports {
  private static final String USAGE = "usage: GenerateReports COUNT --dir DIR | --jsonl FILE [--seed SEED]";

  private GenerateReports() {}

  /** Runs the generator; exits 2 with the usage on a wrong command line. */
  public static void main(String[] args) throws IOException {
    try {
      run(args);
    } catch (IllegalArgumentException e) {
      System.err.println("GenerateReports: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  /** Writes the reports the arguments ask for; throws {@link IllegalArgumentException} for a wrong command line. */
  static void run(String... args) throws IOException {
    if (args.length != 3 && args.length != 5) {
      throw new IllegalArgumentException("expected 3 or 5 arguments, got " + args.length);
    }
    int count = number(args[0], "COUNT");
    long seed = 1;
    if (args.length == 5) {
      if (!args[3].equals("--seed")) {
        throw new IllegalArgumentException("unknown option: " + args[3]);
      }
      seed = number(args[4], "SEED");
    }
    Path target = Path.of(args[2]);
    switch (args[1]) {
      case "--dir":
        writeDirectory(count, seed, target);
        break;
      case "--jsonl":
        writeLines(count, seed, target);
        break;
      default:
        throw new IllegalArgumentException("unknown option: " + args[1]);
    }
  }

  private static int number(String text, String name) {
    try {
      int n = Integer.parseInt(text);
      if (n < 0) {
        throw new IllegalArgumentException(name + " must be >= 0: " + text);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + text, e);
    }
  }

  /** Writes report {@code i} to {@code DIR/r000000i.json} (names sort in seed order). */
  static void writeDirectory(int count, long seed, Path dir) throws IOException {
    Files.createDirectories(dir);
    ReportGenerator generator = ReportGenerator.of(GeneratorOptions.defaults());
    for (int i = 0; i < count; i++) {
      Files.write(dir.resolve(String.format("r%08d.json", i)), ReportJson.writeBytes(generator.generate(seed + i)));
    }
  }

  /** Writes the reports as JSON lines, one per line. */
  static void writeLines(int count, long seed, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ReportGenerator generator = ReportGenerator.of(GeneratorOptions.defaults());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < count; i++) {
        out.write(ReportJson.writeBytes(generator.generate(seed + i)));
        out.write('\n');
      }
    }
  }
}

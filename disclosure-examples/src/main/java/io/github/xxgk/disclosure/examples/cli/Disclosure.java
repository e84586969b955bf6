package io.github.xxgk.disclosure.examples.cli;

import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code disclosure} command: check, convert, render, consolidate and compare annual reports. */
@Command(name = "disclosure", mixinStandardHelpOptions = true, versionProvider = Disclosure.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = "Checks and converts the statistics tables of 政府信息公开工作年度报告 (both editions).",
    footer = {"", "Exit codes: 0 no ERROR finding, 1 an ERROR finding, 2 an input could not be read or bad usage."})
public final class Disclosure implements Callable<Integer> {
  /** Exit code: no ERROR finding. */
  static final int OK = 0;
  /** Exit code: an ERROR finding. */
  static final int ERRORS = 1;
  /** Exit code: an input could not be read, or the command line is wrong. */
  static final int UNREADABLE = 2;

  /** The commands, in the order the usage lists them. */
  private static final List<String> COMMANDS = List.of("check", "convert", "render", "consolidate", "compare");

  @Spec
  CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of failures, and PDFBox's log.")
  boolean debug;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final boolean shared;
  private final boolean debugging;

  private Disclosure(PrintWriter out, PrintWriter err, boolean terminal, boolean shared, boolean debugging) {
    this.debugging = debugging;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.shared = shared;
  }

  /** Runs the command with the given arguments and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    // Standard error is a terminal: bin/disclosure tells (test -t 2); java alone only knows of a console.
    boolean console = System.console() != null;
    int code = run(out, err, console || Boolean.getBoolean("disclosure.progress"), console, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command, writing to the given streams; {@code terminal} enables the progress bar. */
  static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
    return run(out, err, terminal, false, args);
  }

  /**
   * Runs the command; {@code terminal}: standard error is a terminal (progress bar); {@code shared}: standard
   * output is the same terminal, so the bar is cleared before output is written.
   */
  static int run(PrintWriter out, PrintWriter err, boolean terminal, boolean shared, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    PdfLogging.setDebugging(debug);
    CommandLine commandLine = new CommandLine(new Disclosure(out, err, terminal, shared, debug));
    // Only the command named is introspected: annotations are read by reflection, which costs start time.
    String named = args.length > 0 ? args[0] : "";
    if (isCommand(named)) {
      commandLine.addSubcommand(named, command(named));
    } else {
      for (String name : COMMANDS) {
        commandLine.addSubcommand(name, command(name));
      }
      commandLine.addSubcommand("help", new CommandLine.HelpCommand());
    }
    commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cl, parsed) -> failed(e, err, debug))
        .setParameterExceptionHandler((e, argv) -> {
          err.println("disclosure: " + e.getMessage());
          if (debug) {
            e.printStackTrace(err);
          }
          err.println("Run 'disclosure " + commandPath(e.getCommandLine()) + "--help' for usage.");
          return UNREADABLE;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static boolean isCommand(String name) {
    return COMMANDS.contains(name);
  }

  private static Object command(String name) {
    switch (name) {
      case "check":
        return new CheckCommand();
      case "convert":
        return new ConvertCommand();
      case "render":
        return new RenderCommand();
      case "consolidate":
        return new ConsolidateCommand();
      default:
        return new CompareCommand();
    }
  }

  private static String commandPath(CommandLine commandLine) {
    StringBuilder path = new StringBuilder();
    for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
      path.insert(0, c.getCommandName() + " ");
    }
    return path.toString();
  }

  private static int failed(Exception e, PrintWriter err, boolean debug) {
    if (e instanceof CliException) {
      err.println("disclosure: " + e.getMessage());
    } else if (e instanceof ReportReadException) {
      err.println("disclosure: " + e.getMessage());
    } else {
      err.println("disclosure: internal error: " + Inputs.reason(e) + (debug ? "" : " (run with --debug for details)"));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof CliException ? ((CliException) e).getExitCode() : UNREADABLE;
  }

  @Override
  public Integer call() {
    err.println("disclosure: a command is required");
    spec.commandLine().usage(err);
    return UNREADABLE;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean isTerminal() {
    return terminal;
  }

  /** Returns whether --debug was given, anywhere on the command line. */
  boolean isDebug() {
    return debugging;
  }

  /** Returns whether standard output shows on the terminal of the progress bar. */
  boolean isShared() {
    return shared;
  }

  /** The version from the jar manifest, or {@code dev} when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Disclosure.class.getPackage().getImplementationVersion();
      return new String[] {"disclosure " + (version == null ? "dev" : version)};
    }
  }
}

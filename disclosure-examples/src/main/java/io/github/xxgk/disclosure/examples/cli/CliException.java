package io.github.xxgk.disclosure.examples.cli;

/** A failure the command reports as one line and the given exit code, with no stack trace unless debugging. */
final class CliException extends Exception {
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int getExitCode() {
    return exitCode;
  }
}

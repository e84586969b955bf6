package io.github.xxgk.disclosure.examples.cli;

import java.io.PrintWriter;

/** A progress bar on standard error for long batches on a terminal; silent otherwise. */
final class Progress {
  private static final int WIDTH = 30;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private boolean enabled;
  private final int files;
  private int filesDone;
  private int reports;
  private long last;
  private boolean shown;

  /** A bar shown on a {@code terminal} for a batch of several files (or a streamed one, see {@link #enable()}). */
  Progress(PrintWriter err, boolean terminal, int files) {
    this.err = err;
    this.terminal = terminal;
    this.enabled = terminal && files > 1;
    this.files = files;
    this.last = System.nanoTime() - INTERVAL_NANOS;
  }

  /** Shows the bar on a terminal even for one file: a large JSON lines file is streamed. */
  void enable() {
    enabled = terminal;
  }

  /** Counts one file done whose reports were counted one by one. */
  void fileDone() {
    filesDone++;
  }

  /** Counts one report done (a file, or a record of a JSON lines file); {@code fileDone} when its file is done. */
  void advance(boolean fileDone) {
    reports++;
    if (fileDone) {
      filesDone++;
    }
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < INTERVAL_NANOS) {
      return;
    }
    last = now;
    int filled = files == 0 ? 0 : (int) ((long) WIDTH * filesDone / files);
    StringBuilder b = new StringBuilder(WIDTH + 40).append("\r[");
    for (int i = 0; i < WIDTH; i++) {
      b.append(i < filled ? '#' : '.');
    }
    b.append("] ").append(filesDone).append('/').append(files).append(" files, ").append(reports).append(" reports");
    err.print(b);
    err.flush();
    shown = true;
  }

  /** Clears the bar, e.g. before output is written to the same terminal; it is drawn again at the next interval. */
  void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
      shown = false;
    }
  }

  /** Clears the bar at the end. */
  void finish() {
    clear();
  }
}

package io.github.xxgk.disclosure.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import io.github.xxgk.disclosure.rules.Checker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code disclosure check}: reads reports of any kind, files or whole directories, checks them in parallel on a
 * bounded pool and streams the results in input order.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Checks reports (HTML, PDF, text, JSON, JSON lines or CSV, detected from their content);"
        + " directories are read at any depth, in name order.",
        "Exit 0: no ERROR; 1: an ERROR; 2: an input unreadable."})
final class CheckCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    text, json
  }

  @ParentCommand
  Disclosure parent;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  Format format;

  @Mixin
  CheckingOptions checking;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or directories.")
  List<Path> paths;

  private Checker checker;
  private TextFormat text;
  private JsonFormat json;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new CliException(Disclosure.UNREADABLE, "--threads must be >= 1: " + threads);
    }
    checker = checking.checker();
    if (format == Format.json) {
      json = new JsonFormat(checking.lang);
    } else {
      text = new TextFormat(checking.lang);
    }
    List<Path> files = Inputs.expand(paths);
    Progress progress = new Progress(parent.err(), parent.isTerminal(), files.size());
    Batch batch = new Batch(parent.out(), parent.err(), progress);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "disclosure-check");
      t.setDaemon(true);
      return t;
    });
    try {
      batch.start();
      for (Path file : files) {
        String name = file.toString();
        boolean streamed;
        try {
          streamed = ReportFiles.isLargeJsonLines(file);
        } catch (ReportReadException e) {
          batch.add(CompletableFuture.completedFuture(List.of(fileDone(Checked.unreadable(name, e)))));
          continue;
        }
        if (streamed) {
          progress.enable();
          try {
            ReportFiles.readLines(file, (record, read) ->
                batch.add(pool.submit(() -> List.of(done(check(name, record, read))))));
          } catch (ReportReadException e) {
            batch.add(CompletableFuture.completedFuture(List.of(done(Checked.unreadable(name, e)))));
          }
          batch.add(CompletableFuture.completedFuture(List.of()));
        } else {
          batch.add(pool.submit(() -> checkFile(file)));
        }
      }
      batch.drain(0);
    } finally {
      pool.shutdownNow();
    }
    return batch.finish();
  }

  private List<Done> checkFile(Path file) {
    String name = file.toString();
    List<Done> done = new ArrayList<>(1);
    try {
      ReportFiles.read(file, (record, read) -> done.add(done(check(name, record, read))));
    } catch (ReportReadException e) {
      done.add(done(Checked.unreadable(name, e)));
    } catch (RuntimeException e) {
      done.add(done(Checked.unreadable(name, new ReportReadException(name, "byte 0",
          "internal error: " + Inputs.reason(e), e))));
    }
    done.get(done.size() - 1).lastOfFile = true;
    return done;
  }

  private Checked check(String name, int record, ReadResult read) {
    return Checked.of(name, record, read, checker.check(read.getReport()));
  }

  private Done fileDone(Checked checked) {
    Done done = done(checked);
    done.lastOfFile = true;
    return done;
  }

  private Done done(Checked checked) {
    return new Done(checked, format == Format.json ? json.format(checked) : text.format(checked));
  }

  /** A checked input and its output, rendered on the worker thread. */
  private static final class Done {
    final Checked checked;
    final String output;
    boolean lastOfFile;

    Done(Checked checked, String output) {
      this.checked = checked;
      this.output = output;
    }
  }

  /** The results in flight, a bounded window written in input order as they complete. */
  private final class Batch {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Progress progress;
    private final ArrayDeque<Future<List<Done>>> window = new ArrayDeque<>();
    private final int capacity = threads * 16;
    private final Summary summary = new Summary();
    private boolean first = true;

    Batch(PrintWriter out, PrintWriter err, Progress progress) {
      this.out = out;
      this.err = err;
      this.progress = progress;
    }

    void start() {
      if (format == Format.json) {
        out.print("{\"reports\":[");
      }
    }

    void add(Future<List<Done>> future) {
      window.add(future);
      drain(capacity);
    }

    /** Writes completed results until at most {@code keep} are in flight. */
    void drain(int keep) {
      while (window.size() > keep) {
        List<Done> done;
        try {
          done = window.poll().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
        if (done.isEmpty()) {
          progress.fileDone();
        }
        for (Done d : done) {
          write(d);
        }
      }
    }

    private void write(Done d) {
      summary.add(d.checked);
      if (parent.isDebug() && d.checked.getError().isPresent() && d.checked.getError().get().getCause() != null) {
        d.checked.getError().get().printStackTrace(err);
      }
      String separator = format == Format.json ? first ? "\n" : ",\n" : "";
      first = false;
      if (parent.isShared()) {
        progress.clear();
        out.print(separator + d.output);
        out.flush();
      } else {
        out.print(separator + d.output);
      }
      progress.advance(d.lastOfFile);
    }

    int finish() throws IOException {
      progress.finish();
      if (format == Format.json) {
        out.print(first ? "],\"summary\":" : "\n],\"summary\":");
        JsonGenerator g = JsonFormat.FACTORY.createGenerator(out);
        summary.toJson(g);
        g.flush();
        out.print("}\n");
      } else {
        out.print('\n');
        out.print(summary.toText(checking.lang));
      }
      out.flush();
      return summary.exitCode();
    }
  }
}

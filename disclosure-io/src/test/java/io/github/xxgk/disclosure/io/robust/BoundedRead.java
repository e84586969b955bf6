package io.github.xxgk.disclosure.io.robust;

import io.github.xxgk.disclosure.io.ReadResult;
import io.github.xxgk.disclosure.io.ReportReadException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Runs one read of untrusted bytes on its own thread, bounded in time and in the bytes it allocates, and accepts
 * exactly two outcomes: a report (with diagnostics) or a {@link ReportReadException} naming a position.
 *
 * <p>Anything else — another exception, an error, a read still running after {@link #TIMEOUT}, or more than
 * {@link #maxAllocation(int)} bytes allocated by the reading thread — fails with an {@link AssertionError} that
 * shows the input.
 */
final class BoundedRead {
  /**
   * The CPU time one read may take on its thread: CPU, not wall-clock, time so that a loaded machine (or Jazzer
   * instrumenting classes on first use) does not pass for a hang; generous.
   */
  static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("disclosure.robust.timeoutSeconds", 20));
  /** The wall-clock time one read may take, for reads that hang without using CPU. */
  static final Duration WALL_TIMEOUT = Duration.ofMinutes(10);
  /** Allocation allowed whatever the input size (parser tables, catalog, mapping). */
  static final long BASE_ALLOCATION = 256L << 20;
  /** Allocation allowed per input byte on top of {@link #BASE_ALLOCATION}. */
  static final long ALLOCATION_PER_BYTE = 2_000;
  /**
   * How many times more a read may allocate in a {@code @FuzzTest}, fuzzing or replaying: Jazzer's hooks allocate on
   * the reading thread too (a 175 KB page that allocates 9 MB read plainly was measured at 696 MB under Jazzer), so
   * the plain bound would report the instrumentation. Reads outside Jazzer (the corpus mutations) use the plain bound.
   */
  static final long JAZZER_ALLOCATION_FACTOR = 4;

  /** A fully qualified exception or error class name leaking into a message: a stack trace from deep inside. */
  private static final Pattern LEAKED_CLASS = Pattern.compile("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\b");
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final Set<ByteReader> WARMED = ConcurrentHashMap.newKeySet();
  private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "bounded-read");
    thread.setDaemon(true);
    return thread;
  });

  /** A reader of untrusted bytes. */
  @FunctionalInterface
  interface ByteReader {
    ReadResult read(byte[] input) throws IOException;
  }

  /** What one bounded read gave: a result or the documented exception, and the bytes it allocated. */
  static final class Outcome {
    private final ReadResult result;
    private final ReportReadException error;
    private final long allocated;

    private Outcome(ReadResult result, ReportReadException error, long allocated) {
      this.result = result;
      this.error = error;
      this.allocated = allocated;
    }

    boolean isRead() {
      return result != null;
    }

    ReadResult result() {
      return Objects.requireNonNull(result, "no result: the read failed");
    }

    ReportReadException error() {
      return Objects.requireNonNull(error, "no error: the input was read");
    }

    long allocated() {
      return allocated;
    }
  }

  private BoundedRead() {}

  /** Returns the allocation a read of {@code inputLength} bytes may make. */
  static long maxAllocation(int inputLength) {
    return BASE_ALLOCATION + ALLOCATION_PER_BYTE * inputLength;
  }

  /**
   * Reads the input under the bounds; fails unless it reads or throws a {@link ReportReadException}. The first read
   * by each reader runs twice, measuring the second: loading (and, when fuzzing, instrumenting) the reader's classes
   * allocates hundreds of MB once, which says nothing about the input.
   */
  static Outcome read(String readerName, ByteReader reader, byte[] input) {
    return read(readerName, reader, input, 1);
  }

  /** Reads the input under the bounds, allowing {@code allocationFactor} times {@link #maxAllocation(int)}. */
  static Outcome read(String readerName, ByteReader reader, byte[] input, long allocationFactor) {
    AtomicLong worker = new AtomicLong(-1);
    AtomicLong cpuAtStart = new AtomicLong(-1);
    boolean warm = WARMED.add(reader);
    Future<Outcome> future = POOL.submit(() -> {
      if (warm) {
        readHere(reader, input);
      }
      cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
      worker.set(Thread.currentThread().getId());
      return readHere(reader, input);
    });
    long wallDeadline = System.nanoTime() + WALL_TIMEOUT.toNanos();
    Outcome outcome = null;
    try {
      while (outcome == null) {
        try {
          outcome = future.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          long cpu = worker.get() < 0 ? 0 : THREADS.getThreadCpuTime(worker.get()) - cpuAtStart.get();
          if (cpu > TIMEOUT.toNanos() || System.nanoTime() - wallDeadline > 0) {
            future.cancel(true);
            throw new AssertionError(readerName + " did not finish within " + TIMEOUT.toSeconds() + " s of CPU ("
                + WALL_TIMEOUT.toMinutes() + " min of wall-clock time) on " + describe(input), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while reading", e);
    } catch (ExecutionException e) {
      throw new AssertionError(readerName + " threw " + e.getCause() + " on " + describe(input), e.getCause());
    }
    long maxAllocation = maxAllocation(input.length) * allocationFactor;
    if (outcome.allocated > maxAllocation) {
      throw new AssertionError(readerName + " allocated " + outcome.allocated + " bytes, more than "
          + maxAllocation + ", on " + describe(input));
    }
    if (outcome.error != null) {
      ReportReadException e = outcome.error;
      if (e.getPosition().isBlank() || e.getReason().isBlank()) {
        throw new AssertionError(readerName + " threw without a position or reason: " + e.getMessage(), e);
      }
      if (LEAKED_CLASS.matcher(e.getMessage()).find()) {
        throw new AssertionError(readerName + " leaked an internal exception into its message: " + e.getMessage(), e);
      }
    } else if (outcome.result == null) {
      throw new AssertionError(readerName + " returned null on " + describe(input));
    }
    return outcome;
  }

  private static Outcome readHere(ByteReader reader, byte[] input) throws IOException {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    try {
      ReadResult result = reader.read(input);
      return new Outcome(result, null, THREADS.getCurrentThreadAllocatedBytes() - before);
    } catch (ReportReadException e) {
      return new Outcome(null, e, THREADS.getCurrentThreadAllocatedBytes() - before);
    }
  }

  /** Returns the input's length and its first bytes as escaped text, to reproduce a failure. */
  static String describe(byte[] input) {
    String text = new String(input, 0, Math.min(input.length, 300), StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(input.length + " bytes \"");
    for (char c : text.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\x%02x", (int) c));
      }
    }
    return out.append(input.length > 300 ? "\"..." : "\"").toString();
  }
}

package io.github.xxgk.disclosure.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks from many threads at once — all threads on the same task, then each thread on a different one — and
 * lists every result that differs from the single-threaded result of the same task.
 */
final class Concurrently {
  private Concurrently() {}

  /**
   * Returns the mismatches, empty when every concurrent result equals the single-threaded one; each task must
   * return a value with value equality.
   */
  static <T> List<String> mismatches(int threads, int rounds, List<? extends Callable<T>> tasks) throws Exception {
    List<T> expected = new ArrayList<>();
    for (Callable<T> task : tasks) {
      expected.add(task.call());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier barrier = new CyclicBarrier(threads);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (int k = 0; k < tasks.size(); k++) {
            barrier.await(5, TimeUnit.MINUTES);
            for (int r = 0; r < rounds; r++) {
              compare("same task", thread, k, expected.get(k), tasks.get(k), out);
            }
          }
          barrier.await(5, TimeUnit.MINUTES);
          for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < tasks.size(); i++) {
              int k = (i + thread) % tasks.size();
              compare("different tasks", thread, k, expected.get(k), tasks.get(k), out);
            }
          }
          return out;
        }));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        mismatches.addAll(future.get(10, TimeUnit.MINUTES));
      }
      return mismatches;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> void compare(String phase, int thread, int task, T expected, Callable<T> callable,
      List<String> out) throws Exception {
    T actual = callable.call();
    if (!expected.equals(actual)) {
      out.add(phase + ": thread " + thread + ", task " + task + " gave " + abbreviate(actual) + " instead of "
          + abbreviate(expected));
    }
  }

  private static String abbreviate(Object value) {
    String text = String.valueOf(value);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}

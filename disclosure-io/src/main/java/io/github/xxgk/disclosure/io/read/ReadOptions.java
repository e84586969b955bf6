package io.github.xxgk.disclosure.io.read;

import java.time.Duration;
import java.util.Objects;

/** Limits for reading published reports: the largest input accepted and the longest time reading may take. */
public final class ReadOptions {
  /** The default size limit: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** The default time limit: 30 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);

  private final long maxBytes;
  private final Duration timeout;

  private ReadOptions(long maxBytes, Duration timeout) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** Returns the defaults: 20 MB, 30 seconds. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a copy refusing inputs larger than the given number of bytes. */
  public ReadOptions withMaxBytes(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
    }
    return new ReadOptions(maxBytes, timeout);
  }

  /** Returns a copy giving up after the given time. */
  public ReadOptions withTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    return new ReadOptions(maxBytes, Objects.requireNonNull(timeout, "timeout"));
  }

  /** Returns the largest input accepted, in bytes. */
  public long getMaxBytes() {
    return maxBytes;
  }

  /** Returns the longest time reading may take. */
  public Duration getTimeout() {
    return timeout;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadOptions && maxBytes == ((ReadOptions) o).maxBytes
        && timeout.equals(((ReadOptions) o).timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxBytes, timeout);
  }

  @Override
  public String toString() {
    return "ReadOptions[maxBytes=" + maxBytes + ", timeout=" + timeout + "]";
  }
}

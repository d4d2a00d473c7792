package org.maillon.server.storage;

import org.sqlite.BusyHandler;

/**
 * What a SQLite connection does while another holds the write lock: try again every millisecond,
 * up to the connection's busy timeout. SQLite's own handler sleeps longer and longer (up to 100 ms
 * a try), so that under many concurrent writers the lock stood free most of the time while they
 * slept: measured, twice as many transactions a second with this one (docs/storage.md). Every
 * waiter tries as often, transactions and single statements alike, so none is left behind.
 */
final class BusyRetry extends BusyHandler {

  private final long timeoutNanos;
  private long waitingSince;

  BusyRetry(long timeoutMillis) {
    this.timeoutNanos = timeoutMillis * 1_000_000;
  }

  @Override
  protected int callback(int triesBefore) {
    long now = System.nanoTime();
    if (triesBefore == 0) {
      waitingSince = now;
    }
    if (now - waitingSince >= timeoutNanos) {
      return 0;
    }
    try {
      Thread.sleep(1);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}

package org.maillon.parallel;

import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Work started on another core while the caller goes on, so that two independent passes (the
 * hierarchy and the value chain, say) take the time of the longer. Joining gives the result, or
 * rethrows the very exception the work threw, message and type unchanged.
 *
 * @param <T> what the work produces
 */
public final class Forked<T> {

  private final ForkJoinTask<?> task;
  private T value;
  private Throwable failure;

  private Forked(Supplier<T> work, boolean elsewhere) {
    Runnable run = () -> {
      try {
        value = work.get();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    };
    if (elsewhere) {
      task = Cores.start(ForkJoinTask.adapt(run));
    } else {
      task = null;
      run.run();
    }
  }

  /**
   * Starts the work on the engine's pool of threads, or runs it at once on the caller when {@link
   * Cores#parallelism()} is 1.
   */
  public static <T> Forked<T> start(Supplier<T> work) {
    return start(work, Cores.parallelism() > 1);
  }

  static <T> Forked<T> start(Supplier<T> work, boolean elsewhere) {
    return new Forked<>(work, elsewhere);
  }

  /**
   * Waits for the work, running it or other queued work meanwhile when called from the pool;
   * returns what it produced or rethrows what it threw.
   */
  public T join() {
    if (task != null) {
      task.join();
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return value;
  }
}

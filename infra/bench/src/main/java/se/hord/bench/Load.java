package se.hord.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Drives a task from many client threads. {@link #closed} keeps every client busy (throughput at a
 * fixed concurrency). {@link #open} gives request {@code i} the arrival time {@code start + i/rate}
 * and measures its latency from that time, not from when a client got round to sending it, so a
 * server that falls behind shows the queueing delay instead of hiding it (no coordinated omission,
 * up to {@code clients} requests outstanding). An open run stops sending a few seconds after its
 * duration; arrivals still unsent then are counted with the time they had waited so far.
 */
final class Load {
  /**
   * One request; {@code client} is the thread's number, {@code n} its own request count and {@code
   * i} the request's number in the whole run.
   */
  interface Task {
    void run(int client, long n, long i) throws Exception;
  }

  /** What a run did: successful and failed requests, the time taken, the latencies of the good. */
  record Result(
      long ok, long failed, long unserved, double seconds, Latencies latencies, String firstError) {
    double perSecond() {
      return ok / seconds;
    }
  }

  private Load() {}

  /** Every client sends as fast as it can until {@code total} requests or {@code limit} passed. */
  static Result closed(int clients, long total, Duration limit, Task task)
      throws InterruptedException {
    return run(clients, total, limit, 0, task, () -> false);
  }

  /** Requests arrive at {@code perSecond} for {@code duration}, served by {@code clients}. */
  static Result open(int clients, double perSecond, Duration duration, Task task)
      throws InterruptedException {
    return open(clients, perSecond, duration, task, () -> false);
  }

  /** As {@link #open(int, double, Duration, Task)}, ending early once {@code stop} says so. */
  static Result open(
      int clients, double perSecond, Duration duration, Task task, BooleanSupplier stop)
      throws InterruptedException {
    long total = (long) (perSecond * duration.toMillis() / 1000.0);
    Duration grace =
        duration.compareTo(Duration.ofSeconds(5)) < 0 ? duration : Duration.ofSeconds(5);
    return run(clients, total, duration.plus(grace), perSecond, task, stop);
  }

  private static Result run(
      int clients, long total, Duration limit, double rate, Task task, BooleanSupplier stop)
      throws InterruptedException {
    AtomicLong next = new AtomicLong();
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    Latencies latencies = new Latencies();
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads.add(
          Thread.ofPlatform()
              .name("bench-client-" + c)
              .start(
                  () -> {
                    long n = 0;
                    while (true) {
                      long i = next.getAndIncrement();
                      if (i >= total || System.nanoTime() > deadline || stop.getAsBoolean()) {
                        return;
                      }
                      long due = rate > 0 ? start + (long) (i * 1e9 / rate) : System.nanoTime();
                      long wait = due - System.nanoTime();
                      if (wait > 0) {
                        LockSupport.parkNanos(wait);
                      }
                      try {
                        task.run(client, n++, i);
                        latencies.add(System.nanoTime() - due);
                        ok.incrementAndGet();
                      } catch (Exception e) {
                        failed.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                      }
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long end = System.nanoTime();
    long unserved = 0;
    if (rate > 0 && !stop.getAsBoolean()) {
      // Arrivals never sent before the deadline waited at least until now: count that wait.
      for (long i = Math.min(next.get(), total); i < total; i++) {
        long due = start + (long) (i * 1e9 / rate);
        if (due < end) {
          latencies.add(end - due);
          unserved++;
        }
      }
    }
    double seconds = (end - start) / 1e9;
    return new Result(ok.get(), failed.get(), unserved, seconds, latencies, firstError.get());
  }
}

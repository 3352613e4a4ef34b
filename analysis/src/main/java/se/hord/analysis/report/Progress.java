package se.hord.analysis.report;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a report being built has got: steps done of the steps it takes (one per theme pass). */
public final class Progress {
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  /** How many steps the report takes. */
  void total(int steps) {
    total = steps;
  }

  /** One more step is done. */
  void step() {
    done.incrementAndGet();
  }

  /** Steps done so far. */
  public int done() {
    return done.get();
  }

  /** Steps in all (0 until known). */
  public int total() {
    return total;
  }

  /** Done in percent, 0–100. */
  public int percent() {
    int steps = total;
    return steps == 0 ? 0 : Math.min(100, 100 * done.get() / steps);
  }
}

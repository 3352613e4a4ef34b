package se.hord.platform.db;

import io.micronaut.core.order.Ordered;

/**
 * Work that a {@link GroupCommit} batch gathers from its units and does once, at the end of the
 * batch's transaction, instead of once per unit (the feed hands out all of a batch's positions at
 * once, so its lock is held only for the end of each batch). Implemented by beans; each method is
 * called on the batch's writer thread. Flushes run in {@link #getOrder()} order, lowest first: work
 * that takes a lock everyone needs (the feed's positions) goes last, so the lock is held for as
 * short a time as possible.
 */
public interface BatchFlush extends Ordered {
  /** A batch starts on this thread: gather from now on. */
  void open();

  /** Does what was gathered, inside the batch's transaction, just before it commits. */
  void flush();

  /** The batch is over, committed or not: forget whatever is left. */
  void close();
}

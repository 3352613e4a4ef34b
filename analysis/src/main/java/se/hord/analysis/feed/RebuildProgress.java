package se.hord.analysis.feed;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How far the last rebuild of the index got. {@code state}: {@code idle} (none since the service
 * started), {@code rebuilding}, {@code done}. {@code done}: answers read again so far; {@code
 * total}: how many the index held before (an estimate of what is coming, raised when more come);
 * {@code down}: feeds that do not answer, which the rebuild waits for.
 */
@Serdeable
public record RebuildProgress(String state, long done, long total, List<String> down) {
  static final String IDLE = "idle";
  static final String REBUILDING = "rebuilding";
  static final String DONE = "done";

  static final RebuildProgress NONE = new RebuildProgress(IDLE, 0, 0, List.of());

  /** True while a rebuild is under way (the pages then show a progress line). */
  public boolean rebuilding() {
    return state.equals(REBUILDING);
  }

  RebuildProgress read(long items, List<String> down) {
    return new RebuildProgress(state, done + items, Math.max(total, done + items), down);
  }

  RebuildProgress finished() {
    return new RebuildProgress(DONE, done, done, List.of());
  }
}

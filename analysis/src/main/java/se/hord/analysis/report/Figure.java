package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A count as a report shows it: {@code shown} is the number, {@code "<5"} for a small cell, or
 * {@code "•"} for a cell hidden so that the published total cannot reveal a small one; {@code
 * value} is the number only when it is shown.
 */
@Serdeable
public record Figure(@Nullable Long value, String shown) {
  /** What a cell under the threshold shows. */
  public static final String SMALL = "<" + Suppression.THRESHOLD;

  /** What a cell hidden by secondary suppression shows. */
  public static final String HIDDEN = "•";

  static Figure shown(long value) {
    return new Figure(value, Long.toString(value));
  }

  static Figure small() {
    return new Figure(null, SMALL);
  }

  static Figure hidden() {
    return new Figure(null, HIDDEN);
  }

  /** Whether this figure hides its number. */
  public boolean suppressed() {
    return value == null;
  }
}

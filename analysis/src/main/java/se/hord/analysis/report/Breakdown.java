package se.hord.analysis.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Counts of people per category (age band, gender, month…) that add up to a published total. {@code
 * withheld} means no suppression of single cells could protect them, so none is shown.
 */
@Serdeable
public record Breakdown(boolean withheld, List<Cell> cells) {
  /** One category and its figure. */
  @Serdeable
  public record Cell(String key, Figure count) {}

  static Breakdown withheldOne() {
    return new Breakdown(true, List.of());
  }
}

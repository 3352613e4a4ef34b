package se.hord.dialogue.common;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's Swedish calendar date: all that is kept of when a young person took part. */
@Singleton
public class Today {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private final Clock clock;

  Today(Clock clock) {
    this.clock = clock;
  }

  /** The date in Sweden now. */
  public LocalDate date() {
    return LocalDate.now(clock.withZone(SWEDEN));
  }
}

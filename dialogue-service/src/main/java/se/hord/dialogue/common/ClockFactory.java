package se.hord.dialogue.common;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock the service reads time from, one bean so tests and code agree on "now". */
@Factory
public class ClockFactory {
  /** The system clock in UTC. */
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}

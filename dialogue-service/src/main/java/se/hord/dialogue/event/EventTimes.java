package se.hord.dialogue.event;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the date-times officials type: with an offset or Z, or as local Swedish time. */
final class EventTimes {
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private EventTimes() {}

  /** The instant meant, or null when the text is not an ISO date-time. */
  @Nullable
  static Instant parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    try {
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(trimmed).atZone(SWEDEN).toInstant();
      } catch (DateTimeParseException notADateTime) {
        return null;
      }
    }
  }
}

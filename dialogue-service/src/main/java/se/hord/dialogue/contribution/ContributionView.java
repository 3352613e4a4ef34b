package se.hord.dialogue.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A stored contribution as the event's ambassadors and officials see it. */
@Serdeable
public record ContributionView(
    long id,
    long eventId,
    String prompt,
    String text,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    boolean consent,
    LocalDate createdOn) {

  static ContributionView of(Contribution c) {
    return new ContributionView(
        c.id(),
        c.eventId(),
        c.promptKey(),
        c.text(),
        c.ageBand(),
        c.gender(),
        c.area(),
        c.consent(),
        c.createdOn());
  }
}

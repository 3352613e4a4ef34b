package se.hord.dialogue.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"message":{"sv":"...","en":"..."}}}: Swedish required, English optional. */
@Serdeable
public record FeedbackRequest(@Nullable Message message) {

  /** The message in Swedish and, optionally, English. */
  @Serdeable
  public record Message(@Nullable String sv, @Nullable String en) {}
}

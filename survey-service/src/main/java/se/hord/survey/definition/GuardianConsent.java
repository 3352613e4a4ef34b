package se.hord.survey.definition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * What the form does for a respondent under 13: {@code ask} for a guardian's OK (a tick under
 * {@code text}), or {@code refuse} kindly. Without it, under 13 is refused.
 */
@Serdeable
public record GuardianConsent(@Nullable String mode, @Nullable Map<String, String> text) {
  public static final String ASK = "ask";
  public static final String REFUSE = "refuse";

  /** The age under which a guardian's OK is needed. */
  public static final int AGE = 13;

  public boolean asks() {
    return ASK.equals(mode);
  }
}

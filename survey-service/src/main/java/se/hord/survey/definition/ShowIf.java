package se.hord.survey.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Skip logic: the question is shown only when an earlier question's answer equals a value, is one
 * of several values, or (with {@code answered}) was given at all or not.
 */
@Serdeable
public record ShowIf(
    @Nullable String question,
    @JsonProperty("equals") @Nullable Object equalTo,
    @Nullable List<Object> in,
    @Nullable Boolean answered) {

  /** How many of equals / in / answered are set; exactly one is valid. */
  int conditions() {
    return (equalTo != null ? 1 : 0) + (in != null ? 1 : 0) + (answered != null ? 1 : 0);
  }
}

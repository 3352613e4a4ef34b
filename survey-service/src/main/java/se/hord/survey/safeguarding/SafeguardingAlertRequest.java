package se.hord.survey.safeguarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;

/** analysis' request: a new safeguarding flag in this municipality. Never a quote. */
@Serdeable
public record SafeguardingAlertRequest(@Nullable String municipality, @Nullable Long flagId) {

  /** This request, or a {@code 400} listing each bad field. */
  SafeguardingAlertRequest checked() {
    List<Violation> problems = new ArrayList<>();
    if (municipality == null || !municipality.matches("\\d{4}")) {
      problems.add(
          new Violation(
              "municipality",
              "Kommunkoden ska vara fyra siffror, t.ex. 0380. (A municipality code is four digits,"
                  + " e.g. 0380.)"));
    }
    if (flagId == null || flagId < 1) {
      problems.add(
          new Violation(
              "flagId", "Flaggans nummer behövs. (The flag's number is needed, 1 or more.)"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Larmet kunde inte tas emot, se listan. (The alert could not be accepted, see the list.)",
          problems);
    }
    return this;
  }

  /**
   * What the answer says: how many officials were to be texted and how many SMS were queued now.
   */
  @Serdeable
  public record Accepted(long flagId, int officials, int queued) {}
}

package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.sms.outbound.Outbox;

/** {@code {"message":{"sv":"...","en":"..."}}}: Swedish needed, English optional. */
@Serdeable
public record FeedbackRequest(@Nullable Map<String, String> message) {
  private static final Set<String> LANGUAGES = Set.of("sv", "en");

  /** The Swedish text. */
  public String sv() {
    return message.get("sv").strip();
  }

  /** The English text, or null. */
  public @Nullable String en() {
    String en = message.get("en");
    return en == null || en.isBlank() ? null : en.strip();
  }

  /** What goes by SMS: Swedish first, then English when given. */
  public String smsBody() {
    return en() == null ? sv() : sv() + "\n\n" + en();
  }

  /** Refuses, listing every problem, a message that is missing, empty or too long for SMS. */
  public FeedbackRequest checked() {
    List<Violation> problems = new ArrayList<>();
    if (message == null || message.get("sv") == null || message.get("sv").isBlank()) {
      problems.add(
          new Violation(
              "message.sv", "Skriv meddelandet på svenska. (Write the message in Swedish.)"));
    } else {
      message.keySet().stream()
          .filter(language -> !LANGUAGES.contains(language))
          .forEach(
              language ->
                  problems.add(
                      new Violation(
                          "message." + language,
                          "Bara sv och en går att använda. (Only sv and en can be used.)")));
      if (problems.isEmpty() && smsBody().length() > Outbox.MAX_BODY) {
        problems.add(
            new Violation(
                "message",
                "Meddelandet får vara högst "
                    + Outbox.MAX_BODY
                    + " tecken (båda språken). (At most "
                    + Outbox.MAX_BODY
                    + " characters, both languages.)"));
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Meddelandet behöver rättas, se listan. (The message needs fixing, see the list.)",
          problems);
    }
    return this;
  }
}

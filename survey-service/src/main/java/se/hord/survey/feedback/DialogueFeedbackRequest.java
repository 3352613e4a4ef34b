package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;

/**
 * dialogue-service asks for a dialogue's feedback to go to these phone hashes: {@code
 * {"dialogueId","message":{"sv","en"},"phoneHashes":[...]}}.
 */
@Serdeable
public record DialogueFeedbackRequest(
    @Nullable String dialogueId,
    @Nullable Map<String, String> message,
    @Nullable List<String> phoneHashes) {
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final int MAX_RECIPIENTS = 100_000;

  /** The message part, checked; refuses a missing dialogue or malformed hashes, listing all. */
  public FeedbackRequest checked() {
    List<Violation> problems = new ArrayList<>();
    if (dialogueId == null || dialogueId.isBlank() || dialogueId.length() > 64) {
      problems.add(new Violation("dialogueId", "1–64 tecken behövs. (1–64 characters needed.)"));
    }
    if (phoneHashes == null || phoneHashes.size() > MAX_RECIPIENTS) {
      problems.add(
          new Violation(
              "phoneHashes", "En lista med högst 100000 behövs. (A list of at most 100000.)"));
    } else {
      for (int i = 0; i < phoneHashes.size(); i++) {
        if (phoneHashes.get(i) == null || !HASH.matcher(phoneHashes.get(i)).matches()) {
          problems.add(
              new Violation(
                  "phoneHashes[" + i + "]",
                  "64 hexadecimala tecken behövs. (64 hexadecimal characters needed.)"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Begäran behöver rättas, se listan. (The request needs fixing, see the list.)", problems);
    }
    return new FeedbackRequest(message).checked();
  }
}

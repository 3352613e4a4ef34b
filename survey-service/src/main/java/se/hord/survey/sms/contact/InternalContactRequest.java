package se.hord.survey.sms.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;

/**
 * dialogue-service hands over a number a young person left at a pop-up to hear "what happened
 * next": {@code {"phone":"+46701234567","dialogueId":"7"}}. The number must be in international
 * form (E.164: {@code +}, country code, 7–14 more digits); spaces, dashes and brackets are ignored.
 */
@Serdeable
public record InternalContactRequest(@Nullable String phone, @Nullable String dialogueId) {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final Pattern DIALOGUE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  /** The number in E.164 form; refuses a malformed number or dialogue id, listing both. */
  public String checkedNumber() {
    List<Violation> problems = new ArrayList<>();
    String number = phone == null ? "" : phone.replaceAll("[\\s()-]", "");
    if (!E164.matcher(number).matches()) {
      problems.add(
          new Violation(
              "phone",
              "Ett telefonnummer med landsnummer behövs, t.ex. +46701234567."
                  + " (A phone number with country code is needed, e.g. +46701234567.)"));
    }
    if (dialogueId == null || !DIALOGUE.matcher(dialogueId).matches()) {
      problems.add(
          new Violation(
              "dialogueId",
              "1–40 tecken (A–Z, 0–9, - och _) behövs. (1–40 characters A–Z, 0–9, - and _.)"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Begäran behöver rättas, se listan. (The request needs fixing, see the list.)", problems);
    }
    return number;
  }
}

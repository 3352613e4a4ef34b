package se.hord.survey.form;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.hord.survey.definition.Survey;
import se.hord.survey.email.EmailAddress;
import se.hord.survey.email.EmailContacts;
import se.hord.survey.ratelimit.SubmissionThrottle;
import se.hord.survey.ratelimit.TooManySubmissions;
import se.hord.survey.sms.contact.Contacts;

/**
 * The thank-you page's opt-in to hear back: a mobile number kept the way SMS contacts are (keyed
 * hash, AES-GCM encrypted, for the number retention) and/or an e-mail address kept the same way in
 * its own table, each with a feedback wish for this survey, so survey feedback reaches them.
 * Nothing ties them to the response: the form carries no response id.
 */
@Singleton
class HearBack {
  private static final Pattern SWEDISH_MOBILE = Pattern.compile("(?:\\+46|0046|0)(7\\d{8})");
  private final Contacts contacts;
  private final EmailContacts emails;
  private final FormTokens tokens;
  private final SubmissionThrottle throttle;

  HearBack(
      Contacts contacts, EmailContacts emails, FormTokens tokens, SubmissionThrottle throttle) {
    this.contacts = contacts;
    this.emails = emails;
    this.tokens = tokens;
    this.throttle = throttle;
  }

  /** The thank-you form's token: the same for everyone who answered the survey. */
  static String token(FormTokens tokens, Survey survey) {
    return tokens.token(survey.row().slug(), "hear-back");
  }

  MutableHttpResponse<?> post(
      Survey survey, String lang, Map<String, Object> form, HttpRequest<?> request) {
    String token = token(tokens, survey);
    if (!tokens.valid(survey.row().slug(), "hear-back", FormAnswers.text(form, "token"))) {
      return Pages.forbidden(survey, lang);
    }
    String typedPhone = FormAnswers.text(form, "phone");
    String typedEmail = FormAnswers.text(form, "email");
    boolean wantsText = typedPhone != null && !typedPhone.isBlank();
    boolean wantsEmail = typedEmail != null && !typedEmail.isBlank();
    Optional<String> phone = mobile(typedPhone);
    Optional<String> email = EmailAddress.parse(typedEmail);
    String error =
        !wantsText && !wantsEmail
            ? "hearBackEmpty"
            : wantsText && phone.isEmpty()
                ? "phoneError"
                : wantsEmail && email.isEmpty() ? "emailError" : null;
    if (error != null) {
      return Pages.thanks(
          survey,
          lang,
          token,
          error.equals("emailError") ? "email" : "phone",
          FormTexts.in(lang).get(error),
          HttpStatus.BAD_REQUEST);
    }
    try {
      throttle.count(request);
    } catch (TooManySubmissions e) {
      return Pages.tooMany(survey, lang, e.retryAfterSeconds());
    }
    if (phone.isPresent()) {
      contacts.keepNumber(phone.get(), "feedback:" + survey.id());
      contacts.optInToFeedback(contacts.hash(phone.get()), survey.id());
    }
    email.ifPresent(address -> emails.optInToFeedback(address, survey.id()));
    return Pages.kindly(
        survey,
        lang,
        FormTexts.in(lang).get(phone.isPresent() ? "hearBackThanks" : "hearBackEmailThanks"));
  }

  /** A Swedish mobile number as +467XXXXXXXX, spaces, dashes and brackets ignored. */
  static Optional<String> mobile(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    var m = SWEDISH_MOBILE.matcher(typed.replaceAll("[\\s()-]", ""));
    return m.matches() ? Optional.of("+46" + m.group(1)) : Optional.empty();
  }
}

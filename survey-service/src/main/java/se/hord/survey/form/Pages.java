package se.hord.survey.form;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.Texts;
import se.hord.survey.ratelimit.TooManySubmissions;

/** The form's other pages: thanks, not open, not found, refused. */
final class Pages {
  private Pages() {}

  /**
   * The thank-you page: where to get help, the municipality's contact, and the offer to hear back.
   * It carries nothing of the response, so a number or address left here cannot be linked to the
   * answers. {@code errorField} ("phone" or "email") is the field {@code error} belongs to.
   */
  static MutableHttpResponse<?> thanks(
      Survey survey,
      String lang,
      String hearBackToken,
      String errorField,
      String error,
      HttpStatus status) {
    Map<String, Object> model = base(survey.definition().titleIn(lang), lang);
    model.put("slug", survey.row().slug());
    model.put("contact", Texts.pick(survey.definition().contact(), lang, null));
    model.put("hearBackToken", hearBackToken);
    model.put("error", error);
    model.put("errorField", errorField);
    return HttpResponse.status(status).body(new ModelAndView<>("form/thanks", model));
  }

  /** A kind "not this time" (e.g. outside the survey's ages), as a normal page. */
  static MutableHttpResponse<?> kindly(Survey survey, String lang, String text) {
    return message(HttpStatus.OK, lang, survey.definition().titleIn(lang), text, null, null);
  }

  /** 429 with Retry-After: too many answers from this client just now. */
  static MutableHttpResponse<?> tooMany(Survey survey, String lang, long retryAfterSeconds) {
    return message(
            HttpStatus.TOO_MANY_REQUESTS,
            lang,
            survey.definition().titleIn(lang),
            TooManySubmissions.MESSAGE,
            null,
            null)
        .header("Retry-After", Long.toString(retryAfterSeconds));
  }

  static MutableHttpResponse<?> notOpen(Survey survey, String lang, HttpStatus status, String why) {
    return message(
        status,
        lang,
        survey.definition().titleIn(lang),
        why,
        "Den här enkäten tar inte emot svar just nu. (This survey is not taking answers right now.)",
        null);
  }

  static MutableHttpResponse<?> notFound(String lang) {
    return message(
        HttpStatus.NOT_FOUND,
        lang,
        "Enkäten finns inte (Survey not found)",
        "Vi hittar ingen enkät på den här adressen. Kontrollera länken."
            + " (We cannot find a survey at this address. Check the link.)",
        null,
        null);
  }

  static MutableHttpResponse<?> forbidden(Survey survey, String lang) {
    return message(
        HttpStatus.FORBIDDEN,
        lang,
        survey.definition().titleIn(lang),
        "Formuläret kunde inte tas emot. Öppna enkäten igen och svara där."
            + " (The form could not be accepted. Open the survey again and answer there.)",
        null,
        "/s/" + survey.row().slug());
  }

  private static MutableHttpResponse<?> message(
      HttpStatus status, String lang, String title, String text, String more, String link) {
    Map<String, Object> model = base(title, lang);
    model.put("link", link);
    model.put("text", text);
    model.put("more", more);
    return HttpResponse.status(status).body(new ModelAndView<>("form/message", model));
  }

  static Map<String, Object> base(String title, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", title);
    model.put("lang", lang);
    model.put("dir", "ar".equals(lang) ? "rtl" : null);
    model.put("t", FormTexts.in(lang));
    return model;
  }
}

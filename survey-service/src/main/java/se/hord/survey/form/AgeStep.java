package se.hord.survey.form;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.Map;
import se.hord.survey.definition.GuardianConsent;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.definition.Texts;
import se.hord.survey.form.draft.Draft;

/**
 * The first step of a survey with an age range: the age is asked, checked against {@code
 * minAge}/{@code maxAge}, under 13 the survey's guardian-consent path is followed, and only the age
 * band goes on. The age itself is never stored.
 */
@Singleton
class AgeStep {
  /** What the posted age step leads to. */
  enum Verdict {
    PASS,
    INVALID,
    OUTSIDE,
    ASK_GUARDIAN,
    UNDER_13,
    GUARDIAN_SAID_NO
  }

  /** The verdict, and the age band when it passes. */
  record Answer(Verdict verdict, String band) {}

  private final FormTokens tokens;

  AgeStep(FormTokens tokens) {
    this.tokens = tokens;
  }

  boolean needed(Survey survey, Draft draft) {
    return survey.definition().hasAgeRange() && draft.ageBand() == null;
  }

  /** Decides on the posted {@code age} (and the guardian's OK, once asked). */
  static Answer answer(SurveyDefinition definition, Map<String, Object> form) {
    String text = FormAnswers.text(form, "age");
    int age;
    try {
      age = text == null ? -1 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      age = -1;
    }
    if (age < 0 || age > 120) {
      return new Answer(Verdict.INVALID, null);
    }
    if ((definition.minAge() != null && age < definition.minAge())
        || (definition.maxAge() != null && age > definition.maxAge())) {
      return new Answer(Verdict.OUTSIDE, null);
    }
    if (age < GuardianConsent.AGE) {
      GuardianConsent consent = definition.guardianConsent();
      if (consent == null || !consent.asks()) {
        return new Answer(Verdict.UNDER_13, null);
      }
      if (FormAnswers.text(form, "guardianOk") == null) {
        return new Answer(
            FormAnswers.text(form, "guardianAsked") == null
                ? Verdict.ASK_GUARDIAN
                : Verdict.GUARDIAN_SAID_NO,
            null);
      }
    }
    return new Answer(Verdict.PASS, AgeBands.of(age));
  }

  /** The page for an answer that does not pass: ask again, ask the guardian, or say no kindly. */
  MutableHttpResponse<?> reply(
      Survey survey, String lang, String token, Answer answer, String age) {
    Map<String, String> words = FormTexts.in(lang);
    return switch (answer.verdict()) {
      case INVALID ->
          ask(survey, lang, token, words.get("ageError"), false, age, HttpStatus.BAD_REQUEST);
      case ASK_GUARDIAN -> ask(survey, lang, token, null, true, age, HttpStatus.OK);
      case OUTSIDE ->
          Pages.kindly(
              survey, lang, String.format(words.get("ageOutside"), range(survey.definition())));
      case UNDER_13 -> Pages.kindly(survey, lang, words.get("under13"));
      case GUARDIAN_SAID_NO, PASS -> Pages.kindly(survey, lang, words.get("guardianRefused"));
    };
  }

  /** The age question (and, under 13 with {@code mode: "ask"}, the guardian's OK). */
  MutableHttpResponse<?> ask(
      Survey survey,
      String lang,
      String token,
      String error,
      boolean guardian,
      String age,
      HttpStatus status) {
    String slug = survey.row().slug();
    Map<String, Object> model = Pages.base(survey.definition().titleIn(lang), lang);
    model.put("slug", slug);
    model.put("submissionId", token);
    model.put("formToken", tokens.token(slug, token));
    model.put("error", error);
    model.put("age", age == null ? "" : age);
    model.put("guardian", guardian);
    GuardianConsent consent = survey.definition().guardianConsent();
    model.put("guardianText", consent == null ? null : Texts.pick(consent.text(), lang, null));
    return HttpResponse.status(status).body(new ModelAndView<>("form/age", model));
  }

  private static String range(SurveyDefinition d) {
    if (d.minAge() != null && d.maxAge() != null) {
      return d.minAge() + "–" + d.maxAge();
    }
    return d.minAge() != null ? d.minAge() + "+" : "0–" + d.maxAge();
  }
}

package se.hord.survey.form;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.form.draft.Draft;
import se.hord.survey.form.draft.Drafts;
import se.hord.survey.ratelimit.SubmissionThrottle;
import se.hord.survey.ratelimit.TooManySubmissions;
import se.hord.survey.response.Answers;
import se.hord.survey.response.Receipt;
import se.hord.survey.response.ResponseService;

/**
 * The web form's steps: the age question when the survey has an age range, then page by page (back,
 * next, save for later), then sending. Every post keeps a draft under the resume token, so a closed
 * tab loses nothing; sending stores one response however often it is posted.
 */
@Singleton
class FormFlow {
  /** The cookie holding the resume token, one per survey (its path is the survey's). */
  static final String COOKIE = "hord_resume";

  private final ResponseService responses;
  private final FormTokens tokens;
  private final Drafts drafts;
  private final SubmissionThrottle throttle;
  private final AgeStep ages;

  FormFlow(
      ResponseService responses,
      FormTokens tokens,
      Drafts drafts,
      SubmissionThrottle throttle,
      AgeStep ages) {
    this.responses = responses;
    this.tokens = tokens;
    this.drafts = drafts;
    this.throttle = throttle;
    this.ages = ages;
  }

  /** The form as first opened: where the draft under the resume token left off, else new. */
  MutableHttpResponse<?> open(Survey survey, String lang, String resumeToken) {
    Draft draft = drafts.find(survey.id(), resumeToken).filter(d -> !d.sent()).orElse(null);
    if (draft == null) {
      Draft fresh = Draft.fresh(drafts.newToken());
      return survey.definition().hasAgeRange()
          ? ages.ask(survey, lang, fresh.token(), null, false, null, HttpStatus.OK)
          : page(survey, lang, fresh, fresh.page(), Map.of(), null, false, HttpStatus.OK);
    }
    if (ages.needed(survey, draft)) {
      return remember(
          survey, draft, ages.ask(survey, lang, draft.token(), null, false, null, HttpStatus.OK));
    }
    return remember(
        survey,
        draft,
        page(survey, lang, draft, draft.page(), Map.of(), "welcomeBack", true, HttpStatus.OK));
  }

  /** One post of the form: a language switch, back, save, next, or send. */
  MutableHttpResponse<?> post(
      Survey survey, String lang, Map<String, Object> form, HttpRequest<?> request) {
    String token = FormAnswers.text(form, "submissionId");
    Draft draft = drafts.find(survey.id(), token).orElse(Draft.fresh(token));
    if (draft.sent()) {
      return forget(survey, thanks(survey, lang));
    }
    if (ages.needed(survey, draft)) {
      AgeStep.Answer answer = AgeStep.answer(survey.definition(), form);
      if (answer.band() == null) {
        return ages.reply(survey, lang, draft.token(), answer, FormAnswers.text(form, "age"));
      }
      return saved(survey, lang, draft.with(draft.fields(), 0, answer.band()), 0, null);
    }
    SurveyDefinition definition = survey.definition();
    Paging paging = new Paging(definition);
    int page = paging.clamp(number(FormAnswers.text(form, "page"), draft.page()));
    Draft merged =
        draft.with(
            FormAnswers.merge(paging.all(page), draft.fields(), form), page, draft.ageBand());
    Map<String, Object> accepted = accepted(definition, merged);
    String switchTo = FormAnswers.text(form, "switchLang");
    if (switchTo != null && !switchTo.isBlank()) {
      return saved(survey, FormController.language(survey, switchTo), merged, page, null);
    }
    String nav = String.valueOf(FormAnswers.text(form, "nav"));
    if (nav.equals("back")) {
      int previous = paging.previous(page, accepted);
      return saved(survey, lang, merged, previous < 0 ? page : previous, null);
    }
    if (nav.equals("save")) {
      return saved(survey, lang, merged, page, "saved");
    }
    Map<String, String> errors = errorsOn(paging, page, merged);
    if (!errors.isEmpty()) {
      drafts.save(survey.id(), merged);
      return remember(
          survey,
          merged,
          page(survey, lang, merged, page, errors, null, true, HttpStatus.BAD_REQUEST));
    }
    int next = paging.next(page, accepted);
    if (next >= 0) {
      return saved(survey, lang, merged, next, null);
    }
    return send(survey, lang, merged, paging, request);
  }

  private MutableHttpResponse<?> send(
      Survey survey, String lang, Draft draft, Paging paging, HttpRequest<?> request) {
    String slug = survey.row().slug();
    try {
      drafts.save(survey.id(), draft);
      throttle.count(request);
      Receipt receipt =
          responses
              .submit(
                  survey.id(),
                  draft.token(),
                  "form:" + slug + ":" + draft.token(),
                  FormAnswers.read(survey.definition(), fieldsOf(draft)),
                  "web",
                  draft.ageBand())
              .value();
      drafts.sent(survey.id(), draft.token(), receipt.id());
      return forget(survey, thanks(survey, lang));
    } catch (TooManySubmissions e) {
      return remember(survey, draft, Pages.tooMany(survey, lang, e.retryAfterSeconds()));
    } catch (ProblemException e) {
      if (e.status() != HttpStatus.BAD_REQUEST) {
        return Pages.notOpen(survey, lang, e.status(), e.getMessage());
      }
      Map<String, String> errors = errors(e.violations());
      int page = paging.pageOf(errors.keySet().iterator().next());
      Draft back = draft.with(draft.fields(), page, draft.ageBand());
      drafts.save(survey.id(), back);
      return remember(
          survey, back, page(survey, lang, back, page, errors, null, true, HttpStatus.BAD_REQUEST));
    }
  }

  private MutableHttpResponse<?> thanks(Survey survey, String lang) {
    return Pages.thanks(survey, lang, HearBack.token(tokens, survey), null, null, HttpStatus.OK);
  }

  private MutableHttpResponse<?> saved(
      Survey survey, String lang, Draft draft, int page, String notice) {
    Draft moved = draft.with(draft.fields(), page, draft.ageBand());
    drafts.save(survey.id(), moved);
    return remember(
        survey, moved, page(survey, lang, moved, page, Map.of(), notice, true, HttpStatus.OK));
  }

  /** One page of questions, with the answers given so far. */
  MutableHttpResponse<?> page(
      Survey survey,
      String lang,
      Draft draft,
      int page,
      Map<String, String> errors,
      String notice,
      boolean kept,
      HttpStatus status) {
    SurveyDefinition definition = survey.definition();
    Paging paging = new Paging(definition);
    int at = paging.clamp(page);
    Map<String, Object> accepted = accepted(definition, draft);
    String slug = survey.row().slug();
    var section = paging.section(at);
    Step step =
        new Step(
            at,
            paging.count(),
            section == null ? null : section.titleIn(lang),
            paging.previous(at, accepted) < 0,
            paging.next(at, accepted) < 0,
            notice,
            kept ? "/s/" + slug + "?resume=" + draft.token() : null);
    Map<String, Object> model =
        FormPage.model(
            survey,
            lang,
            draft.token(),
            tokens.token(slug, draft.token()),
            fieldsOf(draft),
            errors,
            paging.shown(at, accepted),
            step);
    return io.micronaut.http.HttpResponse.status(status)
        .body(new ModelAndView<>("form/survey", model));
  }

  /** The errors of this page's questions only. */
  private static Map<String, String> errorsOn(Paging paging, int page, Draft draft) {
    Set<String> here = paging.all(page).stream().map(Question::key).collect(Collectors.toSet());
    Map<String, String> errors =
        errors(
            Answers.check(
                    paging.definition(), FormAnswers.read(paging.definition(), fieldsOf(draft)))
                .problems());
    errors.keySet().retainAll(here);
    return errors;
  }

  private static Map<String, String> errors(List<Violation> violations) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Violation v : violations) {
      errors.putIfAbsent(v.path().substring(v.path().indexOf('.') + 1), v.message());
    }
    return errors;
  }

  private static Map<String, Object> accepted(SurveyDefinition definition, Draft draft) {
    return Answers.check(definition, FormAnswers.read(definition, fieldsOf(draft))).answers();
  }

  private static Map<String, Object> fieldsOf(Draft draft) {
    return new HashMap<>(draft.fields());
  }

  private static int number(String text, int otherwise) {
    try {
      return text == null ? otherwise : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** Sets the resume cookie: the survey's own path, not readable by scripts, 7 days. */
  static MutableHttpResponse<?> remember(
      Survey survey, Draft draft, MutableHttpResponse<?> response) {
    return response.cookie(
        Cookie.of(COOKIE, draft.token())
            .path("/s/" + survey.row().slug())
            .httpOnly(true)
            .sameSite(SameSite.Lax)
            .maxAge(Duration.ofDays(Drafts.DAYS)));
  }

  private static MutableHttpResponse<?> forget(Survey survey, MutableHttpResponse<?> response) {
    return response.cookie(
        Cookie.of(COOKIE, "").path("/s/" + survey.row().slug()).httpOnly(true).maxAge(0));
  }
}

package se.hord.survey.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.Optional;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.response.ResponseService;

/** The survey as a web page for young people: no login, no JavaScript needed. */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class FormController {
  private final SurveyService surveys;
  private final FormTokens tokens;
  private final FormFlow flow;
  private final HearBack hearBack;

  public FormController(
      SurveyService surveys, FormTokens tokens, FormFlow flow, HearBack hearBack) {
    this.surveys = surveys;
    this.tokens = tokens;
    this.flow = flow;
    this.hearBack = hearBack;
  }

  /**
   * Shows the form, in Swedish unless {@code lang} names another language of the survey; where a
   * draft was left (resume cookie or {@code ?resume=} link), it goes on from there.
   */
  @Get("/{slug}")
  public HttpResponse<?> show(
      String slug,
      @Nullable @QueryValue String lang,
      @Nullable @QueryValue String resume,
      @Nullable @CookieValue(FormFlow.COOKIE) String cookie) {
    Optional<Survey> found = surveys.findBySlug(slug);
    if (found.isEmpty()) {
      return Pages.notFound(language(null, lang));
    }
    Survey survey = found.get();
    String chosen = language(survey, lang);
    try {
      ResponseService.requireOpen(survey);
    } catch (ProblemException notOpen) {
      return Pages.notOpen(survey, chosen, HttpStatus.OK, notOpen.getMessage());
    }
    return flow.open(survey, chosen, resume != null ? resume : cookie);
  }

  /** One step of the form (age, back, next, save, switch language) or sending it. */
  @Post("/{slug}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> submit(
      String slug, @Body Map<String, Object> form, HttpRequest<?> request) {
    Optional<Survey> found = surveys.findBySlug(slug);
    String lang = FormAnswers.text(form, "lang");
    if (found.isEmpty()) {
      return Pages.notFound(language(null, lang));
    }
    Survey survey = found.get();
    String chosen = language(survey, lang);
    String submissionId = FormAnswers.text(form, "submissionId");
    if (!tokens.valid(slug, submissionId, FormAnswers.text(form, "formToken"))) {
      return Pages.forbidden(survey, chosen);
    }
    try {
      ResponseService.requireOpen(survey);
    } catch (ProblemException notOpen) {
      return Pages.notOpen(survey, chosen, notOpen.status(), notOpen.getMessage());
    }
    return flow.post(survey, chosen, form, request);
  }

  /** The thank-you page's opt-in to hear back by SMS, kept apart from the answers. */
  @Post("/{slug}/hear-back")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> hearBack(
      String slug, @Body Map<String, Object> form, HttpRequest<?> request) {
    Optional<Survey> found = surveys.findBySlug(slug);
    String lang = FormAnswers.text(form, "lang");
    if (found.isEmpty()) {
      return Pages.notFound(language(null, lang));
    }
    return hearBack.post(found.get(), language(found.get(), lang), form, request);
  }

  static String language(Survey survey, String asked) {
    if (survey == null) {
      return "en".equals(asked) ? "en" : "sv";
    }
    return asked != null && survey.definition().speaks(asked) ? asked : "sv";
  }
}

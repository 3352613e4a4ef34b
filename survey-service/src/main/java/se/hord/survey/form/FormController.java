package se.hord.survey.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.response.Receipt;
import se.hord.survey.response.ResponseService;

/** The survey as a web page for young people: no login, no JavaScript needed. */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class FormController {
  private final SurveyService surveys;
  private final ResponseService responses;
  private final FormTokens tokens;

  public FormController(SurveyService surveys, ResponseService responses, FormTokens tokens) {
    this.surveys = surveys;
    this.responses = responses;
    this.tokens = tokens;
  }

  /** Shows the form, in Swedish unless {@code lang=en} and the survey has English. */
  @Get("/{slug}")
  public HttpResponse<?> show(String slug, @Nullable @QueryValue String lang) {
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
    String submissionId = tokens.newSubmissionId();
    return HttpResponse.ok(form(survey, chosen, submissionId, Map.of(), Map.of()));
  }

  /** Stores the posted answers once per submission and thanks, or shows what to fix. */
  @Post("/{slug}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> submit(String slug, @Body Map<String, Object> form) {
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
    String switchTo = FormAnswers.text(form, "switchLang");
    if (switchTo != null && !switchTo.isBlank()) {
      return HttpResponse.ok(
          form(survey, language(survey, switchTo), submissionId, form, Map.of()));
    }
    try {
      Receipt receipt =
          responses
              .submit(
                  survey.id(),
                  submissionId,
                  "form:" + slug + ":" + submissionId,
                  FormAnswers.read(survey.definition(), form),
                  "web")
              .value();
      return Pages.thanks(survey, chosen, receipt);
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.BAD_REQUEST) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
          errors.putIfAbsent(v.path().substring(v.path().indexOf('.') + 1), v.message());
        }
        return HttpResponse.badRequest(form(survey, chosen, submissionId, form, errors));
      }
      return Pages.notOpen(survey, chosen, e.status(), e.getMessage());
    }
  }

  private ModelAndView<Map<String, Object>> form(
      Survey survey,
      String lang,
      String submissionId,
      Map<String, Object> form,
      Map<String, String> errors) {
    String slug = survey.row().slug();
    return new ModelAndView<>(
        "form/survey",
        FormPage.model(survey, lang, submissionId, tokens.token(slug, submissionId), form, errors));
  }

  private static String language(Survey survey, String asked) {
    if (survey == null) {
      return "en".equals(asked) ? "en" : "sv";
    }
    return asked != null && survey.definition().speaks(asked) ? asked : "sv";
  }
}

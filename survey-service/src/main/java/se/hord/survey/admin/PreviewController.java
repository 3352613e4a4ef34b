package se.hord.survey.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.form.FormPreview;

/**
 * The survey's real form in preview mode, shown in a phone-wide frame on the survey's page: it can
 * be filled in and sent to see the checks and the skip logic, and nothing is stored.
 */
@Controller("/admin/surveys/{id}/preview")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class PreviewController {
  private final AdminPages pages;
  private final SurveyService surveys;

  PreviewController(AdminPages pages, SurveyService surveys) {
    this.pages = pages;
    this.surveys = surveys;
  }

  /** The empty form, in Swedish or the language asked for. */
  @Get
  HttpResponse<?> show(
      long id,
      @Nullable @QueryValue String lang,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    return HttpResponse.ok(page(pages.official(auth), id, lang, auth, Map.of()));
  }

  /** The sent form checked as a real answer would be (400 with the errors), never stored. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> check(
      long id,
      @Body Map<String, Object> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    Caller caller = pages.checked(auth, fields.get("formToken"));
    Object lang = fields.get("lang");
    ModelAndView<Map<String, Object>> page =
        page(caller, id, lang == null ? null : String.valueOf(lang), auth, fields);
    boolean wrong = page.getModel().map(m -> !((List<?>) m.get("errors")).isEmpty()).orElse(false);
    return HttpResponse.status(wrong ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(page);
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }

  private ModelAndView<Map<String, Object>> page(
      Caller caller, long id, String lang, Authentication auth, Map<String, Object> fields) {
    surveys.detail(caller, id);
    Survey survey = surveys.find(id).orElseThrow();
    return FormPreview.page(
        survey, lang, "/admin/surveys/" + id + "/preview", pages.csrf(auth), fields);
  }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyViews;
import se.hord.survey.response.ResponseRepository;

/** The official's surveys: the list, one survey with its links, publishing and closing. */
@Controller("/admin/surveys")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class SurveyPagesController {
  private final AdminPages pages;
  private final SurveyService surveys;
  private final ResponseRepository responses;

  SurveyPagesController(AdminPages pages, SurveyService surveys, ResponseRepository responses) {
    this.pages = pages;
    this.surveys = surveys;
    this.responses = responses;
  }

  /** The surveys of the caller's municipalities with their status and answers so far. */
  @Get
  HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    List<Map<String, Object>> rows =
        surveys.list(pages.official(auth)).stream()
            .map(
                s ->
                    Map.<String, Object>of(
                        "survey",
                        s,
                        "status",
                        status(s.status()),
                        "answers",
                        responses.countBySurveyId(s.id())))
            .toList();
    return AdminPages.page(HttpStatus.OK, "admin/list", "Enkäter", Map.of("surveys", rows));
  }

  /** One survey: status, links, the phone preview, publish or close. */
  @Get("/{id}")
  HttpResponse<?> show(
      long id,
      @Nullable @QueryValue String saved,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    return overview(HttpStatus.OK, id, auth, saved != null ? "Sparat. (Saved.)" : null, null);
  }

  /** Opens a draft for answers, once the official ticked that they are sure. */
  @Post("/{id}/publish")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> publish(
      long id,
      @Body Map<String, Object> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    return confirmed(id, fields, request, auth, "publish", surveys::publish);
  }

  /** Stops a published survey from taking answers, once the official ticked that they are sure. */
  @Post("/{id}/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> close(
      long id,
      @Body Map<String, Object> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    return confirmed(id, fields, request, auth, "close", surveys::close);
  }

  /** A survey's change that the official must confirm with the "I am sure" box (400 without). */
  private interface Change {
    void apply(Caller caller, long id);
  }

  private HttpResponse<?> confirmed(
      long id,
      Map<String, Object> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth,
      String action,
      Change change) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    Caller caller = pages.checked(auth, fields.get(AdminPages.CSRF_FIELD));
    if (fields.get("confirm") == null) {
      return overview(HttpStatus.BAD_REQUEST, id, auth, null, action);
    }
    change.apply(caller, id);
    return AdminPages.redirect("/admin/surveys/" + id);
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }

  private HttpResponse<?> overview(
      HttpStatus status, long id, Authentication auth, String notice, String unconfirmed) {
    SurveyViews.Detail survey = surveys.detail(pages.official(auth), id);
    Map<String, Object> model = new HashMap<>();
    model.put("survey", survey);
    model.put("status", status(survey.status()));
    model.put("answers", responses.countBySurveyId(id));
    model.put("languages", survey.definition().languages());
    model.put("questions", survey.definition().questionList().size());
    model.put("csrf", pages.csrf(auth));
    model.put("notice", notice);
    model.put("unconfirmed", unconfirmed);
    return AdminPages.page(status, "admin/survey", survey.title(), model);
  }

  /** The status in words, Swedish first. */
  static String status(String status) {
    return switch (status) {
      case "draft" -> "Utkast (Draft)";
      case "published" -> "Öppen för svar (Published)";
      case "closed" -> "Stängd (Closed)";
      default -> status;
    };
  }
}

package se.hord.survey.distribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.Map;
import se.hord.platform.qr.QrCodes;
import se.hord.platform.security.Caller;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;
import se.hord.survey.admin.AdminPages;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyViews;

/**
 * A printable A4 poster for classrooms: the survey's title, a short invitation in Swedish and
 * English, its public link and a QR code of it. Below, on screen only, responses per day.
 */
@Controller("/admin/surveys/{id}/poster")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class PosterPageController {
  private final SurveyService surveys;
  private final DailyCounts daily;
  private final Nav nav;

  private final AdminPages pages;

  PosterPageController(SurveyService surveys, DailyCounts daily, Nav nav, AdminPages pages) {
    this.pages = pages;
    this.surveys = surveys;
    this.daily = daily;
    this.nav = nav;
  }

  /** The poster of the survey, and its responses per day. */
  @Get
  HttpResponse<?> poster(long id, HttpRequest<?> request, @Nullable Authentication authentication) {
    if (authentication == null) {
      return pages.toLocalLogin(request);
    }
    Caller official = pages.official(authentication);
    SurveyViews.Detail survey = surveys.detail(official, id);
    String link = nav.getSurvey() + "/s/" + survey.slug();
    Map<String, Object> model = new HashMap<>();
    model.put("survey", survey);
    model.put("titleSv", survey.definition().titleIn("sv"));
    String english = survey.definition().titleIn("en");
    model.put("titleEn", english.equals(survey.definition().titleIn("sv")) ? "" : english);
    model.put("link", link);
    model.put("qr", QrCodes.dataUrl(link));
    model.put("daily", daily.daily(official, id));
    return AdminPages.page(HttpStatus.OK, "admin/poster", "Affisch: " + survey.title(), model);
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }
}

package se.hord.survey.results.page;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;
import se.hord.survey.admin.AdminPages;
import se.hord.survey.compare.TemplateKeys;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyViews;
import se.hord.survey.results.ResultViews.Breakdown;
import se.hord.survey.results.ResultViews.Group;
import se.hord.survey.results.ResultViews.GroupedQuestion;
import se.hord.survey.results.ResultViews.QuestionResult;
import se.hord.survey.results.ResultViews.Results;
import se.hord.survey.results.ResultViews.Row;
import se.hord.survey.results.ResultsService;
import se.hord.survey.results.page.ResultTables.Labelled;
import se.hord.survey.results.page.ResultTables.QuestionTable;

/**
 * The results page: the numbers of {@code GET /api/surveys/{id}/results} (suppressed the same way),
 * one table per question with a chart drawn from it (ECharts from its WebJar), broken down by a
 * background question the official chooses.
 */
@Controller("/admin/surveys/{id}/results")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ResultsPageController {
  static final String EVERYONE = "Alla (Everyone)";

  private final SurveyService surveys;
  private final ResultsService results;

  private final AdminPages pages;

  ResultsPageController(SurveyService surveys, ResultsService results, AdminPages pages) {
    this.pages = pages;
    this.surveys = surveys;
    this.results = results;
  }

  /** The survey's results, broken down by {@code by} when it is given. */
  @Get
  HttpResponse<?> page(
      long id,
      @Nullable @QueryValue String by,
      HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return pages.toLocalLogin(request);
    }
    Caller caller = pages.official(authentication);
    SurveyViews.Detail survey = surveys.detail(caller, id);
    String chosen = by == null || by.isBlank() ? null : by;
    Results shown =
        chosen == null ? results.overall(caller, id) : results.results(caller, id, chosen);
    Map<String, Object> model = new HashMap<>();
    model.put("survey", survey);
    model.put("results", shown);
    model.put("by", chosen == null ? "" : chosen);
    model.put("background", ResultsService.backgroundQuestions(survey.definition(), null));
    model.put("tables", tables(shown));
    model.put("template", TemplateKeys.of(survey.definition()));
    return AdminPages.page(HttpStatus.OK, "admin/results", "Resultat: " + survey.title(), model);
  }

  /** One table per question: everyone, then a line per group of the breakdown (if any). */
  static List<QuestionTable> tables(Results results) {
    Breakdown breakdown = results.breakdowns().isEmpty() ? null : results.breakdowns().getFirst();
    List<QuestionTable> tables = new ArrayList<>();
    for (QuestionResult q : results.questions()) {
      List<Labelled> rows = new ArrayList<>();
      rows.add(new Labelled(EVERYONE, q.total()));
      if (breakdown != null) {
        breakdown.questions().stream()
            .filter(g -> g.key().equals(q.key()))
            .findFirst()
            .map(GroupedQuestion::rows)
            .orElse(List.of())
            .forEach(r -> rows.add(new Labelled(label(breakdown, r), r)));
      }
      tables.add(ResultTables.table(q.key(), q.text(), q.type(), rows));
    }
    return tables;
  }

  private static String label(Breakdown breakdown, Row row) {
    return breakdown.groups().stream()
        .filter(g -> g.key().equals(row.group()))
        .map(Group::label)
        .findFirst()
        .orElse(row.group());
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }
}

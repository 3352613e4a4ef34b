package se.hord.survey.compare;

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
import se.hord.survey.compare.CompareViews.Column;
import se.hord.survey.compare.CompareViews.ComparedQuestion;
import se.hord.survey.compare.CompareViews.Comparison;
import se.hord.survey.results.page.ResultTables;
import se.hord.survey.results.page.ResultTables.Labelled;
import se.hord.survey.results.page.ResultTables.QuestionTable;

/** The comparison page: a template's municipalities side by side, a table and chart a question. */
@Controller("/admin/surveys/compare")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ComparePageController {
  private final CompareService compare;

  private final AdminPages pages;

  ComparePageController(CompareService compare, AdminPages pages) {
    this.pages = pages;
    this.compare = compare;
  }

  /** Without a template: how to get here from a results page. With one: the comparison. */
  @Get
  HttpResponse<?> page(
      @Nullable @QueryValue String template,
      @Nullable @QueryValue String municipalities,
      HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return pages.toLocalLogin(request);
    }
    Caller official = pages.official(authentication);
    Map<String, Object> model = new HashMap<>();
    model.put("template", template == null ? "" : template);
    model.put("municipalities", municipalities == null ? "" : municipalities);
    if (template != null && !template.isBlank()) {
      Comparison comparison = compare.compare(official, template, municipalities);
      model.put("comparison", comparison);
      model.put("tables", tables(comparison));
    }
    return AdminPages.page(HttpStatus.OK, "admin/compare", "Jämför kommuner", model);
  }

  private static List<QuestionTable> tables(Comparison comparison) {
    List<QuestionTable> tables = new ArrayList<>();
    for (ComparedQuestion q : comparison.questions()) {
      List<Labelled> rows = new ArrayList<>();
      for (int c = 0; c < comparison.surveys().size(); c++) {
        rows.add(new Labelled(label(comparison.surveys().get(c)), q.rows().get(c)));
      }
      tables.add(ResultTables.table(q.key(), q.text(), q.type(), rows));
    }
    return tables;
  }

  private static String label(Column column) {
    return "Kommun " + column.municipality() + (column.own() ? " (din / yours)" : "");
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }
}

package se.hord.dialogue.web;

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
import se.hord.dialogue.summary.DialogueSummary;
import se.hord.dialogue.summary.SummaryService;
import se.hord.platform.web.ProblemException;

/**
 * The summary page for officials: the same numbers as the summary API (suppressed the same way),
 * with the opinion groups drawn as a chart (ECharts from its WebJar) beside a plain table.
 */
@Controller("/dialogues/{id}/summary")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class SummaryPageController {
  private final PageSession session;
  private final SummaryService summaries;

  SummaryPageController(PageSession session, SummaryService summaries) {
    this.session = session;
    this.summaries = summaries;
  }

  /** The dialogue's summary, readable with or without JavaScript. */
  @Get
  HttpResponse<?> summary(long id, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    DialogueSummary summary = summaries.summary(id, session.official(auth));
    Map<String, String> texts = new HashMap<>();
    summary.statements().forEach(s -> texts.put(s.key(), s.text()));
    return Pages.page(
        HttpStatus.OK,
        "dialogues/summary",
        "Sammanfattning",
        Map.of(
            "summary",
            summary,
            "chart",
            GroupChart.of(summary),
            "texts",
            texts,
            "fmt",
            new Formats()));
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return Pages.problem(e);
  }
}

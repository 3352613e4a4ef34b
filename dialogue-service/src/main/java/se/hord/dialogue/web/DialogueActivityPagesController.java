package se.hord.dialogue.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.contribution.ContributionService;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.event.EventService;
import se.hord.dialogue.event.EventView;
import se.hord.dialogue.statement.Moderation;
import se.hord.dialogue.statement.ModerationRequest;
import se.hord.dialogue.statement.StatementService;
import se.hord.platform.qr.QrCodes;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * The officials' pages while a dialogue runs: join-code cards, arriving contributions, moderation.
 */
@Controller("/dialogues/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class DialogueActivityPagesController {
  private final PageSession session;
  private final DialogueService dialogues;
  private final EventService events;
  private final ContributionService contributions;
  private final StatementService statements;
  private final Moderation moderation;

  DialogueActivityPagesController(
      PageSession session,
      DialogueService dialogues,
      EventService events,
      ContributionService contributions,
      StatementService statements,
      Moderation moderation) {
    this.session = session;
    this.dialogues = dialogues;
    this.events = events;
    this.contributions = contributions;
    this.statements = statements;
    this.moderation = moderation;
  }

  /** A printable card for the ambassadors of one event: its join code and a QR code of the page. */
  @Get("/events/{eventId}/card")
  HttpResponse<?> card(
      long id, long eventId, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.official(auth);
    DialogueView dialogue = dialogues.visible(id, caller);
    EventView event =
        events.list(id, caller).stream()
            .filter(e -> e.id() == eventId)
            .findFirst()
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Det finns inget sådant event. (There is no such event.)"));
    EventRow row = EventRow.of(event, session);
    return Pages.page(
        HttpStatus.OK,
        "dialogues/card",
        "Kod " + event.joinCode(),
        Map.of("dialogue", dialogue, "event", row, "qr", QrCodes.dataUrl(row.popupUrl())));
  }

  /** The dialogue's contributions from every event, newest first; the page refreshes itself. */
  @Get("/contributions")
  HttpResponse<?> contributions(long id, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.official(auth);
    DialogueView dialogue = dialogues.visible(id, caller);
    List<ContributionRow> rows = new ArrayList<>();
    for (EventView event : events.list(id, caller)) {
      contributions.list(event.id(), caller).stream()
          .map(c -> ContributionRow.of(c, event.name(), dialogue))
          .forEach(rows::add);
    }
    rows.sort(Comparator.comparingLong(ContributionRow::id).reversed());
    return Pages.page(
        HttpStatus.OK,
        "dialogues/contributions",
        "Bidrag",
        Map.of("dialogue", dialogue, "contributions", rows));
  }

  /** Participants' statements waiting for a decision. */
  @Get("/moderation")
  HttpResponse<?> pending(long id, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.official(auth);
    DialogueView dialogue = dialogues.visible(id, caller);
    return Pages.page(
        HttpStatus.OK,
        "dialogues/moderation",
        "Moderera",
        Map.of(
            "dialogue",
            dialogue,
            "pending",
            statements.list(id, "pending", caller),
            "csrf",
            session.csrf(auth)));
  }

  /** Approves or rejects one pending statement, then shows the rest. */
  @Post("/statements/{key}/moderate")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> moderate(
      long id,
      String key,
      @Body Map<String, String> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.checked(auth, fields.get(PageSession.CSRF_FIELD));
    moderation.decide(id, key, new ModerationRequest(fields.get("decision")), caller);
    return Pages.redirect("/dialogues/" + id + "/moderation");
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return Pages.problem(e);
  }
}

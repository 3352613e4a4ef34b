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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.event.EventRequest;
import se.hord.dialogue.event.EventService;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/** The officials' pages for planning: their dialogues, a new dialogue, one with its events. */
@Controller("/dialogues")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class DialoguePagesController {
  private final PageSession session;
  private final DialogueService dialogues;
  private final EventService events;

  DialoguePagesController(PageSession session, DialogueService dialogues, EventService events) {
    this.session = session;
    this.dialogues = dialogues;
    this.events = events;
  }

  /** The official's dialogues. */
  @Get
  HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    List<DialogueView> mine = dialogues.list(session.official(auth));
    return Pages.page(HttpStatus.OK, "dialogues/list", "Dialoger", Map.of("dialogues", mine));
  }

  /** The form to plan a new dialogue. */
  @Get("/new")
  HttpResponse<?> form(HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.official(auth);
    String first = caller.municipalities().stream().findFirst().orElse("");
    return newForm(HttpStatus.OK, DialogueForm.empty(first), caller, auth, null);
  }

  /** Creates the dialogue from the form and shows it. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      @Body Map<String, String> fields, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.checked(auth, fields.get(PageSession.CSRF_FIELD));
    DialogueForm form = DialogueForm.of(fields);
    try {
      DialogueView created = dialogues.create(form.request(), caller);
      return Pages.redirect("/dialogues/" + created.id());
    } catch (ProblemException e) {
      return newForm(e.status(), form, caller, auth, e);
    }
  }

  /** One dialogue: its prompts and statements, its events with join codes, a form for more. */
  @Get("/{id}")
  HttpResponse<?> show(long id, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    return dialoguePage(HttpStatus.OK, id, auth, Map.of(), null);
  }

  /** Plans an event of the dialogue from the form. */
  @Post("/{id}/events")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> addEvent(
      long id,
      @Body Map<String, String> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    if (auth == null) {
      return Pages.redirect(session.loginUrl(request));
    }
    Caller caller = session.checked(auth, fields.get(PageSession.CSRF_FIELD));
    EventRequest event =
        new EventRequest(
            fields.get("name"), fields.get("place"), fields.get("startsAt"), fields.get("endsAt"));
    try {
      events.create(id, event, caller);
      return Pages.redirect("/dialogues/" + id);
    } catch (ProblemException e) {
      if (e.violations().isEmpty()) {
        throw e;
      }
      return dialoguePage(e.status(), id, auth, fields, e);
    }
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return Pages.problem(e);
  }

  private HttpResponse<?> newForm(
      HttpStatus status,
      DialogueForm form,
      Caller caller,
      Authentication auth,
      @Nullable ProblemException problem) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("municipalities", caller.municipalities());
    model.put("csrf", session.csrf(auth));
    model.put("errors", problem == null ? List.of() : problem.violations());
    return Pages.page(status, "dialogues/new", "Ny dialog", model);
  }

  private HttpResponse<?> dialoguePage(
      HttpStatus status,
      long id,
      Authentication auth,
      Map<String, String> eventForm,
      @Nullable ProblemException problem) {
    Caller caller = session.official(auth);
    DialogueView dialogue = dialogues.visible(id, caller);
    List<EventRow> rows =
        events.list(id, caller).stream().map(e -> EventRow.of(e, session)).toList();
    Map<String, Object> model = new HashMap<>();
    model.put("dialogue", dialogue);
    model.put("events", rows);
    model.put("eventForm", eventForm);
    model.put("csrf", session.csrf(auth));
    model.put("errors", problem == null ? List.of() : problem.violations());
    return Pages.page(status, "dialogues/show", dialogue.title(), model);
  }
}

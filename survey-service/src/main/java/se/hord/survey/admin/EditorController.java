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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * The survey editor: a new survey, or a draft changed. The whole draft travels in the form, so the
 * buttons that add, move or remove a question work without JavaScript; "Spara" checks and stores.
 */
@Controller("/admin/surveys")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class EditorController {
  private final AdminPages pages;
  private final DraftService drafts;

  EditorController(AdminPages pages, DraftService drafts) {
    this.pages = pages;
    this.drafts = drafts;
  }

  /** An empty survey with one question, in the caller's first municipality. */
  @Get("/new")
  HttpResponse<?> blank(HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    Caller caller = pages.official(auth);
    Draft draft = new Draft();
    draft.survey.put("municipality", caller.municipalities().stream().findFirst().orElse(""));
    DraftForm.apply(draft, "add:single_choice");
    return editor(HttpStatus.OK, draft, null, auth, Map.of());
  }

  /** A button of the new survey's editor: save creates the draft. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      @Body Map<String, Object> fields, HttpRequest<?> request, @Nullable Authentication auth) {
    return submit(null, fields, request, auth);
  }

  /** The editor of a draft. */
  @Get("/{id}/edit")
  HttpResponse<?> edit(long id, HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    return editor(HttpStatus.OK, drafts.load(pages.official(auth), id), id, auth, Map.of());
  }

  /** A button of a draft's editor: save changes the draft. */
  @Post("/{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> update(
      long id,
      @Body Map<String, Object> fields,
      HttpRequest<?> request,
      @Nullable Authentication auth) {
    return submit(id, fields, request, auth);
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }

  private HttpResponse<?> submit(
      Long id, Map<String, Object> fields, HttpRequest<?> request, Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    Caller caller = pages.checked(auth, fields.get(AdminPages.CSRF_FIELD));
    if (id != null) {
      drafts.load(caller, id);
    }
    Draft draft = DraftForm.read(fields);
    String action = DraftForm.action(fields);
    if (!action.equals("save")) {
      DraftForm.apply(draft, action);
      return editor(HttpStatus.OK, draft, id, auth, Map.of());
    }
    DraftService.Saved saved = drafts.save(caller, id, draft);
    if (!saved.ok()) {
      return editor(HttpStatus.BAD_REQUEST, draft, id, auth, saved.errors());
    }
    return AdminPages.redirect("/admin/surveys/" + saved.id() + "?saved=1");
  }

  private HttpResponse<?> editor(
      HttpStatus status, Draft draft, Long id, Authentication auth, Map<String, String> errors) {
    Caller caller = pages.official(auth);
    String title = id == null ? "Ny enkät" : "Ändra enkäten";
    return AdminPages.page(
        status, "admin/edit", title, EditorPage.model(draft, id, caller, pages.csrf(auth), errors));
  }
}

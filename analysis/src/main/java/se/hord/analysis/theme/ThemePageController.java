package se.hord.analysis.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hord.analysis.web.LoginRedirect;
import se.hord.analysis.web.ProblemText;
import se.hord.platform.security.Caller;
import se.hord.platform.security.PageGuard;
import se.hord.platform.security.Roles;
import se.hord.platform.view.Nav;
import se.hord.platform.web.ProblemException;

/**
 * The codebook page: officials read the themes and their pins; an ADMIN creates, edits and deletes
 * them (plain form posts with a CSRF token). While a query is typed, a small script asks {@code GET
 * /api/themes/preview} for the count and a few sample answers. Login by the HORD_TOKEN cookie.
 */
@Controller("/themes")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ThemePageController {
  private static final String LIST = "themes/list";
  private static final String EDIT = "themes/edit";
  private static final String NOT_OFFICIAL =
      "Temana är till för tjänstepersoner. (The themes are for officials.)";
  private static final String ADMIN_ONLY =
      "Bara en administratör kan ändra temana. (Only an administrator can change the themes.)";

  private final ThemeService service;
  private final PageGuard guard;
  private final Nav nav;

  public ThemePageController(ThemeService service, PageGuard guard, Nav nav) {
    this.service = service;
    this.guard = guard;
    this.nav = nav;
  }

  /** Every theme, and for an ADMIN a form for a new one. */
  @Get
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    if (!official(authentication)) {
      return page(HttpStatus.FORBIDDEN, LIST, base(authentication, NOT_OFFICIAL));
    }
    return page(HttpStatus.OK, LIST, listModel(authentication, ThemeForm.EMPTY, null));
  }

  /** One theme: its query with a live preview, its pins; editable for an ADMIN. */
  @Get("/{key}")
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> theme(
      HttpRequest<?> request, String key, @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    if (!official(authentication)) {
      return page(HttpStatus.FORBIDDEN, LIST, base(authentication, NOT_OFFICIAL));
    }
    Optional<Theme> theme = find(key);
    if (theme.isEmpty()) {
      return page(
          HttpStatus.NOT_FOUND,
          LIST,
          listModel(
              authentication,
              ThemeForm.EMPTY,
              "Det finns inget tema " + key + ". (There is no theme " + key + ".)"));
    }
    boolean saved = request.getParameters().contains("saved");
    return page(HttpStatus.OK, EDIT, editModel(authentication, ThemeForm.of(theme.get()), saved));
  }

  /** Creates a theme (ADMIN); a key already in use is refused rather than overwritten. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> create(
      HttpRequest<?> request,
      @Body Map<String, String> form,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    guard.checkCsrf(authentication, form.get(PageGuard.CSRF_FIELD));
    ThemeForm theme = ThemeForm.of(form.getOrDefault("key", "").strip(), form);
    if (!isAdmin(authentication)) {
      return page(HttpStatus.FORBIDDEN, LIST, listModel(authentication, theme, ADMIN_ONLY));
    }
    if (find(theme.key()).isPresent()) {
      return page(
          HttpStatus.CONFLICT,
          LIST,
          listModel(
              authentication,
              theme,
              "Det finns redan ett tema "
                  + theme.key()
                  + ". (There is already a theme "
                  + theme.key()
                  + ".)"));
    }
    try {
      service.put(theme.key(), theme.theme(), authentication.getName());
    } catch (ProblemException e) {
      return page(e.status(), LIST, listModel(authentication, theme, ProblemText.of(e)));
    }
    return HttpResponse.seeOther(URI.create("/themes/" + theme.key() + "?saved"));
  }

  /** Saves an edited theme (ADMIN); search and reports use it at once. */
  @Post("/{key}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> update(
      HttpRequest<?> request,
      String key,
      @Body Map<String, String> form,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    guard.checkCsrf(authentication, form.get(PageGuard.CSRF_FIELD));
    ThemeForm theme = ThemeForm.of(key, form);
    if (!isAdmin(authentication)) {
      return page(HttpStatus.FORBIDDEN, EDIT, failed(authentication, theme, ADMIN_ONLY));
    }
    if (find(key).isEmpty()) {
      throw ProblemException.notFound(
          "Det finns inget tema " + key + ". (There is no theme " + key + ".)");
    }
    try {
      service.put(key, theme.theme(), authentication.getName());
    } catch (ProblemException e) {
      return page(e.status(), EDIT, failed(authentication, theme, ProblemText.of(e)));
    }
    return HttpResponse.seeOther(URI.create("/themes/" + key + "?saved"));
  }

  /** Deletes a theme and its pins (ADMIN). */
  @Post("/{key}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> delete(
      HttpRequest<?> request,
      String key,
      @Body Map<String, String> form,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return LoginRedirect.to(nav, request);
    }
    guard.checkCsrf(authentication, form.get(PageGuard.CSRF_FIELD));
    if (!isAdmin(authentication)) {
      return page(
          HttpStatus.FORBIDDEN, LIST, listModel(authentication, ThemeForm.EMPTY, ADMIN_ONLY));
    }
    service.delete(key);
    return HttpResponse.seeOther(URI.create("/themes"));
  }

  private Optional<Theme> find(String key) {
    return service.list().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  private Map<String, Object> base(Authentication authentication, @Nullable String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Teman");
    model.put("admin", isAdmin(authentication));
    model.put("csrf", guard.csrf(authentication));
    model.put("themes", List.of());
    if (error != null) {
      model.put("error", error);
    }
    return model;
  }

  private Map<String, Object> listModel(
      Authentication authentication, ThemeForm form, @Nullable String error) {
    Map<String, Object> model = base(authentication, error);
    model.put("themes", service.list());
    model.put("pinCounts", service.pinCounts());
    model.put("form", form);
    return model;
  }

  private Map<String, Object> editModel(
      Authentication authentication, ThemeForm form, boolean saved) {
    Map<String, Object> model = base(authentication, null);
    model.put("form", form);
    model.put("saved", saved);
    model.put(
        "pins", service.pins(form.key()).stream().map(p -> new Pin(p.itemId(), p.mode())).toList());
    return model;
  }

  private Map<String, Object> failed(Authentication authentication, ThemeForm form, String error) {
    Map<String, Object> model = editModel(authentication, form, false);
    model.put("error", error);
    return model;
  }

  private static boolean official(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    return caller.isAdmin() || caller.roles().contains(Roles.OFFICIAL);
  }

  private static boolean isAdmin(Authentication authentication) {
    return Caller.of(authentication).isAdmin();
  }

  private static HttpResponse<?> page(HttpStatus status, String view, Map<String, Object> model) {
    return HttpResponse.status(status).body(new ModelAndView<>(view, model));
  }
}

package se.hord.analysis.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.search.SearchResult;
import se.hord.analysis.search.SearchService;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.platform.web.Problem;
import se.hord.platform.web.ProblemException;

/**
 * The codebook. Themes are shared by every municipality: officials read them, only an ADMIN edits
 * them. Pins are about one answer, so an official of the answer's municipality may set them.
 */
@Controller("/api/themes")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ThemeController {
  /** How many sample answers a preview shows. */
  static final int PREVIEW_SIZE = 5;

  private final ThemeService service;
  private final AnswerIndex index;
  private final SearchService search;

  public ThemeController(ThemeService service, AnswerIndex index, SearchService search) {
    this.service = service;
    this.index = index;
    this.search = search;
  }

  /** Every theme of the codebook. */
  @Get
  public List<Theme> list() {
    return service.list();
  }

  /**
   * A theme query tried out before it is saved: how many answers the caller may see it finds, and a
   * few of them, highlighted. A malformed query is a 400 with a hint. (The /themes page calls it
   * while a query is typed.)
   */
  @Get("/preview")
  public SearchResult preview(@Nullable String q, Authentication authentication) {
    return search.preview(q == null ? "" : q, PREVIEW_SIZE, Caller.of(authentication));
  }

  /** Creates or replaces a theme; search uses it at once. */
  @Put("/{key}")
  @Secured(Roles.ADMIN)
  public Theme put(String key, @Body Theme theme, Authentication authentication) {
    return service.put(key, theme, authentication.getName());
  }

  /** Deletes a theme and its pins. */
  @Delete("/{key}")
  @Secured(Roles.ADMIN)
  public HttpResponse<Void> delete(String key) {
    service.delete(key);
    return HttpResponse.noContent();
  }

  /** The answers pinned into or out of a theme. */
  @Get("/{key}/pins")
  public List<Pin> pins(String key) {
    return service.pins(key).stream().map(p -> new Pin(p.itemId(), p.mode())).toList();
  }

  /** Pins one answer into ({@code include}) or out of ({@code exclude}) a theme. */
  @Post("/{key}/pins")
  public Pin pin(String key, @Body Pin pin, Authentication authentication) {
    if (pin.id() == null || pin.id().isBlank()) {
      throw ProblemException.invalid(
          "Svaret saknas. (The answer is missing.)",
          List.of(new Problem.Violation("id", "Måste fyllas i. (Required.)")));
    }
    requireAnswerOfCaller(pin.id(), authentication);
    service.pin(key, pin.id(), pin.mode(), authentication.getName());
    return pin;
  }

  /** Removes the pin of one answer. */
  @Delete("/{key}/pins/{id}")
  public HttpResponse<Void> unpin(String key, String id, Authentication authentication) {
    requireAnswerOfCaller(id, authentication);
    service.unpin(key, id);
    return HttpResponse.noContent();
  }

  private void requireAnswerOfCaller(String id, Authentication authentication) {
    String municipality =
        index
            .municipalityOf(id)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Det finns inget svar " + id + ". (There is no answer " + id + ".)"));
    Caller.of(authentication).requireOfficialOf(municipality);
  }
}

package se.hord.dialogue.popup;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The ambassador's pop-up page. The page itself is a public shell (it must open with no network);
 * everything it shows or sends goes through the API with the event-scoped token the page keeps.
 */
@Controller("/popup")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PopupController {
  static final MediaType JAVASCRIPT = MediaType.of("text/javascript");
  static final MediaType MANIFEST = MediaType.of("application/manifest+json");
  private final String serviceWorker;
  private final JsonMapper json;

  PopupController(ResourceResolver resources, JsonMapper json) {
    this.json = json;
    this.serviceWorker = read(resources, "classpath:public/assets/popup/sw.js");
  }

  /** The pop-up page of one event: join, capture, hand over for voting, count. */
  @Get("/{eventId:[0-9]+}")
  @Produces(MediaType.TEXT_HTML)
  ModelAndView<Map<String, Object>> page(long eventId) {
    return new ModelAndView<>("popup/page", Map.of("title", "Pop-up", "eventId", eventId));
  }

  /** The web app manifest that makes the event's page installable. */
  @Get("/{eventId:[0-9]+}/manifest.webmanifest")
  HttpResponse<String> manifest(long eventId) throws IOException {
    return HttpResponse.ok(json.writeValueAsString(PopupManifest.forEvent(eventId)))
        .contentType(MANIFEST);
  }

  /**
   * The service worker. Served from /popup/ (not /assets/) so that its scope covers every event's
   * page; never cached by HTTP so a new version is picked up at the next visit.
   */
  @Get("/sw.js")
  HttpResponse<String> serviceWorker() {
    return HttpResponse.ok(serviceWorker)
        .contentType(JAVASCRIPT)
        .header("Cache-Control", "no-cache");
  }

  private static String read(ResourceResolver resources, String path) {
    try (InputStream in =
        resources
            .getResourceAsStream(path)
            .orElseThrow(() -> new IllegalStateException(path + " is missing"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

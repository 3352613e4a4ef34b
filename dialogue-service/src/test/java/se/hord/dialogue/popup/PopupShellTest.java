package se.hord.dialogue.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.ApiTestSupport;

/** The pop-up page's shell: public, installable, with a service worker scoped to /popup/. */
@MicronautTest
class PopupShellTest extends ApiTestSupport {

  @Test
  void servesThePageToAnyoneWithItsManifestAndServiceWorker() {
    HttpResponse<String> page =
        client.toBlocking().exchange(HttpRequest.GET("/popup/7"), String.class);
    assertEquals("text/html", page.getContentType().orElseThrow().getName());
    assertTrue(page.body().contains("href=\"/popup/7/manifest.webmanifest\""));
    assertTrue(page.body().contains("data-event-id=\"7\""));

    HttpResponse<String> worker =
        client.toBlocking().exchange(HttpRequest.GET("/popup/sw.js"), String.class);
    assertEquals("text/javascript", worker.getContentType().orElseThrow().getName());
    assertTrue(worker.body().contains("addEventListener('fetch'"));
  }

  @Test
  void theManifestStartsTheAppOnTheEventsPage() throws Exception {
    HttpResponse<String> answer =
        client
            .toBlocking()
            .exchange(HttpRequest.GET("/popup/7/manifest.webmanifest"), String.class);
    assertEquals("application/manifest+json", answer.getContentType().orElseThrow().getName());
    Map<String, Object> manifest = json.readValue(answer.body(), JSON_OBJECT);
    assertEquals("/popup/7", manifest.get("start_url"));
    assertEquals("/popup/", manifest.get("scope"));
    assertEquals("standalone", manifest.get("display"));
    assertEquals("#1f5f8b", manifest.get("theme_color"));
  }
}

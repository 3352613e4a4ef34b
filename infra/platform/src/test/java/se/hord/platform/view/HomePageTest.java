package se.hord.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.hord.testkit.DatabaseTest;

@MicronautTest
class HomePageTest implements DatabaseTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public String database() {
    return "hord_test_platform";
  }

  @Test
  void theFrontPageLinksToLoginAndSearchInSwedishFirst() {
    HttpResponse<String> page =
        client.toBlocking().exchange(HttpRequest.GET("/").accept("text/html"), String.class);
    assertEquals(200, page.code());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"sv\""), html);
    assertTrue(html.contains("Logga in"), html);
    assertTrue(html.contains("http://127.0.0.1:8083/search"), html);
    assertTrue(html.contains("/assets/hord.css"), html);
    assertEquals(1, html.split("class=\"site\"", -1).length - 1, "one site header: " + html);
  }
}

package se.hord.analysis.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.Tokens;
import se.hord.testkit.DatabaseTest;

@MicronautTest
class SafeguardingPageTest implements DatabaseTest {
  // A municipality no other test flags in: the flags table is shared by the test classes.
  private static final String MALMO = "1280";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
  @Inject SafeguardingService service;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @BeforeEach
  void flagADisclosure() {
    service.check(
        List.of(
            item(
                "page-1",
                MALMO,
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "pappa slår mig när han är full",
                "2026-03-01T10:00:00Z")));
  }

  @Test
  void withoutLoginThePageSendsToTheLogin() {
    HttpResponse<?> response = client.toBlocking().exchange(HttpRequest.GET("/safeguarding"));
    assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
    assertTrue(response.getHeaders().get("Location").contains("/login?returnTo="));
  }

  @Test
  void aDesignatedOfficialSeesTheFlagAndMarksItSeen() {
    String token = Tokens.safeguarding(tokens, MALMO);
    String html = page(token);
    assertTrue(html.contains("pappa slår mig när han är full"), html);
    long id = flagId(token);
    HttpResponse<?> posted =
        client.toBlocking().exchange(post(token, id, Map.of("status", "seen", "csrf", csrf(html))));
    assertEquals(HttpStatus.SEE_OTHER, posted.getStatus());
    assertTrue(page(token).contains("<strong class=\"status\">seen</strong>"));
  }

  @Test
  void aPostWithoutTheRightCsrfTokenIsRefused() {
    String token = Tokens.safeguarding(tokens, MALMO);
    long id = flagId(token);
    String otherUsersToken = csrf(page(Tokens.admin(tokens)));
    for (Map<String, String> form :
        List.of(
            Map.of("status", "acted"),
            Map.of("status", "acted", "csrf", "forged"),
            Map.of("status", "acted", "csrf", otherUsersToken))) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> client.toBlocking().exchange(post(token, id, form)));
      assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }
    assertFalse(page(token).contains("<strong class=\"status\">acted</strong>"));
  }

  @Test
  void anOfficialWhoIsNotDesignatedSeesNoFlags() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.GET("/safeguarding")
                            .cookie(Cookie.of("HORD_TOKEN", Tokens.official(tokens, MALMO))),
                        String.class));
    assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    assertFalse(e.getResponse().getBody(String.class).orElse("").contains("pappa"));
  }

  private String page(String token) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET("/safeguarding").cookie(Cookie.of("HORD_TOKEN", token)));
  }

  private static HttpRequest<?> post(String token, long id, Map<String, String> form) {
    return HttpRequest.POST("/safeguarding/" + id + "/status", form)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .cookie(Cookie.of("HORD_TOKEN", token));
  }

  private long flagId(String token) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET("/api/safeguarding").bearerAuth(token), Argument.listOf(Flag.class))
        .stream()
        .filter(f -> f.itemId().equals("page-1"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), html);
    return m.group(1);
  }
}

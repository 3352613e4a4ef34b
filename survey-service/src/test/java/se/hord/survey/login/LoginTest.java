package se.hord.survey.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class LoginTest extends ServiceTest {
  @Inject JsonMapper json;

  @Test
  void bootstrapAdminIsCreatedAndCanLogIn() {
    Reply reply =
        api()
            .json(
                HttpRequest.POST(
                    "/login", Map.of("username", Api.ADMIN, "password", Api.ADMIN_PASSWORD)));
    assertEquals(200, reply.status());
    assertEquals("Bearer", reply.json().get("token_type"));
    assertEquals(List.of("ADMIN"), reply.json().get("roles"));
    assertTrue(((Number) reply.json().get("expires_in")).intValue() > 0);
  }

  @Test
  void tokenCarriesRolesAndMunicipalities() throws Exception {
    String name = newOfficial("1880", "0380");
    Map<?, ?> claims = claims(api().login(name, Api.PASSWORD));
    assertEquals(List.of("1880", "0380"), claims.get("municipalities"));
    assertEquals(List.of("OFFICIAL"), claims.get("roles"));
    assertEquals(name, claims.get("sub"));
    assertEquals(false, claims.get("safeguarding"));
  }

  @Test
  void tokenSaysWhetherTheOfficialIsADesignatedSafeguardingContact() throws Exception {
    String designated = newOfficial(true, "0380");
    String other = newOfficial(false, "0380");
    assertEquals(true, claims(api().login(designated, Api.PASSWORD)).get("safeguarding"));
    assertEquals(false, claims(api().login(other, Api.PASSWORD)).get("safeguarding"));
  }

  @Test
  void wrongPasswordIs401WithTheSameMessageAsUnknownUser() {
    Reply wrong =
        api()
            .json(
                HttpRequest.POST(
                    "/login", Map.of("username", Api.ADMIN, "password", "not-the-password")));
    Reply unknown =
        api()
            .json(
                HttpRequest.POST(
                    "/login", Map.of("username", "nobody-here", "password", "not-the-password")));
    assertEquals(401, wrong.status());
    assertEquals("application/problem+json", wrong.contentType());
    assertEquals(401, unknown.status());
    assertEquals(wrong.json().get("detail"), unknown.json().get("detail"));
  }

  @Test
  void tooManyFailedLoginsAreRefusedWith429() {
    String name = newOfficial("1880");
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      Reply failed =
          api().json(HttpRequest.POST("/login", Map.of("username", name, "password", "wrong")));
      assertEquals(401, failed.status());
    }
    Reply blocked =
        api().json(HttpRequest.POST("/login", Map.of("username", name, "password", Api.PASSWORD)));
    assertEquals(429, blocked.status());
    assertEquals("application/problem+json", blocked.contentType());
  }

  @Test
  void loginPageRendersAForm() {
    Reply page = api().text(HttpRequest.GET("/login?returnTo=/s/x").accept(MediaType.TEXT_HTML));
    assertEquals(200, page.status());
    assertTrue(page.text().contains("<form method=\"post\" action=\"/login\">"));
    assertTrue(page.text().contains("value=\"/s/x\""));
    assertTrue(page.text().contains("/assets/hord.css"));
  }

  @Test
  void formLoginSetsHttpOnlyCookieAndRedirectsBack() {
    Reply reply = formLogin(Api.ADMIN, Api.ADMIN_PASSWORD, "/api/surveys");
    assertEquals(303, reply.status());
    assertEquals("/api/surveys", reply.raw().getHeaders().get(HttpHeaders.LOCATION));
    String cookie = reply.raw().getHeaders().get(HttpHeaders.SET_COOKIE);
    assertNotNull(cookie);
    assertTrue(cookie.startsWith("HORD_TOKEN="));
    assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
  }

  @Test
  void formLoginNeverRedirectsToAnotherSite() {
    assertEquals("/", location(formLogin(Api.ADMIN, Api.ADMIN_PASSWORD, "https://evil.example/")));
    assertEquals("/", location(formLogin(Api.ADMIN, Api.ADMIN_PASSWORD, "//evil.example/x")));
    assertEquals(
        "http://127.0.0.1:8083/search",
        location(formLogin(Api.ADMIN, Api.ADMIN_PASSWORD, "http://127.0.0.1:8083/search")));
  }

  @Test
  void formLoginWithWrongPasswordShowsThePageAgainWith401() {
    Reply reply = formLogin(Api.ADMIN, "wrong-password", "/x");
    assertEquals(401, reply.status());
    assertTrue(reply.text().contains("Fel användarnamn eller lösenord"));
    assertFalse(reply.raw().getHeaders().contains(HttpHeaders.SET_COOKIE));
  }

  private Reply formLogin(String username, String password, String returnTo) {
    return api()
        .text(
            HttpRequest.POST(
                    "/login",
                    Map.of("username", username, "password", password, "returnTo", returnTo))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML));
  }

  private static String location(Reply reply) {
    assertEquals(303, reply.status());
    return reply.raw().getHeaders().get(HttpHeaders.LOCATION);
  }

  private Map<?, ?> claims(String token) throws Exception {
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    return json.readValue(payload, Map.class);
  }

  private String newOfficial(String... municipalities) {
    return newOfficial(false, municipalities);
  }

  private String newOfficial(boolean safeguarding, String... municipalities) {
    String name = "off-" + UUID.randomUUID().toString().substring(0, 8);
    Reply created =
        api()
            .json(
                HttpRequest.POST(
                        "/api/users",
                        Map.of(
                            "username",
                            name,
                            "password",
                            Api.PASSWORD,
                            "roles",
                            List.of("OFFICIAL"),
                            "municipalities",
                            List.of(municipalities),
                            "safeguarding",
                            safeguarding))
                    .bearerAuth(api().admin()));
    assertEquals(201, created.status(), created.toString());
    return name;
  }
}

package se.hord.survey;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helper: real HTTP calls against the running survey-service, answers as maps. */
public final class Api {
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "test-admin-password-1234";
  public static final String PASSWORD = "a-long-enough-password";

  private final HttpClient client;

  public Api(HttpClient client) {
    this.client = client;
  }

  /** A status, the content type and the body (JSON as a map, else text). */
  public record Reply(
      int status, String contentType, Map<String, Object> json, String text, HttpResponse<?> raw) {}

  @SuppressWarnings("unchecked")
  public Reply json(MutableHttpRequest<?> request) {
    try {
      HttpResponse<Map> response =
          client.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(Map.class));
      return new Reply(response.code(), type(response), response.body(), null, response);
    } catch (HttpClientResponseException e) {
      Map<String, Object> body = e.getResponse().getBody(Map.class).orElse(null);
      return new Reply(e.code(), type(e.getResponse()), body, null, e.getResponse());
    }
  }

  public Reply text(MutableHttpRequest<?> request) {
    try {
      HttpResponse<String> response =
          client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
      return new Reply(response.code(), type(response), null, response.body(), response);
    } catch (HttpClientResponseException e) {
      String body = e.getResponse().getBody(String.class).orElse("");
      return new Reply(e.code(), type(e.getResponse()), null, body, e.getResponse());
    }
  }

  public String login(String username, String password) {
    Reply reply =
        json(HttpRequest.POST("/login", Map.of("username", username, "password", password)));
    if (reply.status() != 200) {
      throw new IllegalStateException("login failed: " + reply);
    }
    return (String) reply.json().get("access_token");
  }

  public String admin() {
    return login(ADMIN, ADMIN_PASSWORD);
  }

  /** A new official of these municipalities, logged in. */
  public String official(String... municipalities) {
    return user("OFFICIAL", municipalities);
  }

  /** A new account with this role and these municipalities, logged in. */
  public String user(String role, String... municipalities) {
    String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Reply created =
        json(
            HttpRequest.POST(
                    "/api/users",
                    Map.of(
                        "username",
                        name,
                        "password",
                        PASSWORD,
                        "roles",
                        List.of(role),
                        "municipalities",
                        List.of(municipalities)))
                .bearerAuth(admin()));
    if (created.status() != 201) {
      throw new IllegalStateException("user not created: " + created);
    }
    return login(name, PASSWORD);
  }

  /** Creates a survey from JSON; answers the created body. */
  public Reply createSurvey(String token, String definition) {
    return json(
        HttpRequest.POST("/api/surveys", definition)
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .bearerAuth(token));
  }

  /** Creates and publishes the every-type fixture survey (municipality 0380); its id. */
  public long publishedSurvey() {
    String token = admin();
    Reply created = createSurvey(token, withUniqueKeyword(fixture("surveys/every-type.json")));
    long id = ((Number) created.json().get("id")).longValue();
    publish(token, id);
    return id;
  }

  /** Publishes a survey; fails the test at once when publishing is refused. */
  public void publish(String token, long id) {
    Reply published =
        json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token));
    if (published.status() != 200) {
      throw new IllegalStateException(
          "publish answered " + published.status() + ": " + published.json());
    }
  }

  /**
   * The fixture with its SMS keyword made unique (14 random letters A–P): open surveys may not
   * share one, and with six letters two of the hundreds of surveys a test run opens sometimes did.
   */
  public static String withUniqueKeyword(String definition) {
    StringBuilder letters = new StringBuilder();
    for (char hex : UUID.randomUUID().toString().replace("-", "").substring(0, 14).toCharArray()) {
      letters.append((char) ('A' + Character.digit(hex, 16)));
    }
    return definition.replace("\"FRITID\"", "\"FRITID" + letters + "\"");
  }

  public String slug(long surveyId) {
    return (String)
        json(HttpRequest.GET("/api/surveys/" + surveyId).bearerAuth(admin())).json().get("slug");
  }

  /** Posts a JSON response with an Idempotency-Key. */
  public Reply answer(long surveyId, String key, String body) {
    MutableHttpRequest<String> request =
        HttpRequest.POST("/api/surveys/" + surveyId + "/responses", body)
            .contentType(MediaType.APPLICATION_JSON_TYPE);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return json(request);
  }

  /** The paths of the problems listed in an error answer. */
  public static List<Object> paths(Reply reply) {
    return ((List<?>) reply.json().get("errors"))
        .stream().<Object>map(e -> ((Map<?, ?>) e).get("path")).toList();
  }

  public static String fixture(String name) {
    try (InputStream in = Api.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String type(HttpResponse<?> response) {
    return response.getContentType().map(MediaType::toString).orElse("");
  }
}

package se.hord.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for Hörd's public HTTP API, used by the demo loader and the e2e tests. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String token;

  public ApiClient(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** Logs in at survey-service and returns a client carrying the token for {@code baseUrl}. */
  public static String login(String surveyUrl, String username, String password)
      throws IOException, InterruptedException {
    JsonNode body =
        new ApiClient(surveyUrl, null)
            .send("POST", "/login", Map.of("username", username, "password", password), Map.of())
            .expect(200);
    return body.get("access_token").asText();
  }

  /** The same client pointed at another service, with the same token. */
  public ApiClient at(String otherBaseUrl) {
    return new ApiClient(otherBaseUrl, token);
  }

  /** The answer to one call: status and parsed JSON body (null when empty). */
  public record Answer(int status, JsonNode body) {
    /** The body, or an exception naming the status and the problem's detail. */
    public JsonNode expect(int expected) {
      if (status != expected) {
        throw new IllegalStateException(
            "expected " + expected + " but got " + status + ": " + body);
      }
      return body;
    }
  }

  public Answer get(String path) throws IOException, InterruptedException {
    return send("GET", path, null, Map.of());
  }

  public Answer post(String path, Object body) throws IOException, InterruptedException {
    return send("POST", path, body, Map.of());
  }

  public Answer send(String method, String path, Object body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    byte[] bytes = response.body();
    JsonNode json = bytes.length == 0 ? null : JSON.readTree(bytes);
    return new Answer(response.statusCode(), json);
  }
}

package se.hord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/** The bench's HTTP client (java.net.http, HTTP/1.1 with kept-alive connections). */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();
  private final String token;

  Http(String token) {
    this.token = token;
  }

  /** An answer: status and body text. */
  record Reply(int status, String body) {
    Reply expect(int wanted) {
      if (status != wanted) {
        throw new IllegalStateException("expected " + wanted + ", got " + status + ": " + body);
      }
      return this;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }

  Reply get(String url) throws IOException, InterruptedException {
    return send(request(url).GET().build());
  }

  Reply postJson(String url, byte[] body) throws IOException, InterruptedException {
    return postJson(url, body, Map.of());
  }

  Reply postJson(String url, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        request(url)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  Reply postForm(String url, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    StringBuilder encoded = new StringBuilder();
    form.forEach(
        (k, v) ->
            encoded
                .append(encoded.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder b =
        request(url)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded.toString()));
    headers.forEach(b::setHeader);
    return send(b.build());
  }

  /** Posts one survey response with a fresh Idempotency-Key; fails unless 201. */
  void postResponse(String surveyUrl, long surveyId, byte[] body)
      throws IOException, InterruptedException {
    postJson(
            surveyUrl + "/api/surveys/" + surveyId + "/responses",
            body,
            Map.of("Idempotency-Key", UUID.randomUUID().toString()))
        .expect(201);
  }

  /** The search total for a query string (without filters), as the admin sees it. */
  long searchTotal(String analysisUrl, String q) throws IOException, InterruptedException {
    return get(analysisUrl + "/api/search?size=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
        .expect(200)
        .json()
        .path("total")
        .asLong();
  }

  private HttpRequest.Builder request(String url) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Reply send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body());
  }
}

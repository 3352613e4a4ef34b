package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "What happened next": officials write it, the dialogue's public page shows the latest. */
@MicronautTest
class FeedbackApiTest extends ApiTestSupport {
  @Inject EmbeddedServer server;

  @Test
  void anOfficialsFeedbackIsListedAndTheLatestShowsOnThePublicPageSwedishFirst() throws Exception {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Object id = dialogue.get("id");
    String before = publicPage(id).body();
    assertTrue(before.contains("har inte berättat vad som hände sedan"), before);

    HttpResponse<Map<String, Object>> sent =
        send(id, official, Map.of("sv", "Vi bygger en skatepark.", "en", "We build a skatepark."));
    assertEquals(201, sent.getStatus().getCode());
    assertEquals("/d/" + id, sent.getHeaders().get("Location"));
    send(id, official, Map.of("sv", "Skateparken öppnar i maj <3", "en", "It opens in May"));

    List<Map<String, Object>> listed = list("/api/dialogues/" + id + "/feedback", official);
    assertEquals(2, listed.size());
    assertEquals(
        Map.of("sv", "Vi bygger en skatepark.", "en", "We build a skatepark."),
        listed.get(0).get("message"));
    assertTrue(listed.get(0).get("sentAt") instanceof String);

    java.net.http.HttpResponse<String> page = publicPage(id);
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains((String) dialogue.get("title")), html);
    assertTrue(html.contains("Vad vill unga ändra?"), "the description");
    int sv = html.indexOf("Skateparken öppnar i maj &lt;3");
    int en = html.indexOf("It opens in May");
    assertTrue(sv > 0 && en > sv, "the latest, Swedish first, escaped: " + html);
    assertTrue(!html.contains("Vi bygger en skatepark."), "only the latest is shown");
  }

  @Test
  void feedbackNeedsASwedishMessage() {
    String official = official("0380");
    Object id = createDialogue(official, "0380").get("id");
    Map<String, Object> problem =
        fails(400, () -> send(id, official, Map.of("en", "Only English")));
    assertEquals(List.of("message.sv"), paths(problem));
    fails(
        400,
        () -> call(HttpRequest.POST("/api/dialogues/" + id + "/feedback", Map.of()), official));
    fails(400, () -> send(id, official, Map.of("sv", "x".repeat(2001))));
    fails(
        400,
        () ->
            call(
                HttpRequest.POST("/api/dialogues/" + id + "/feedback", "{\"message\":")
                    .contentType("application/json"),
                official));
  }

  @Test
  void onlyOfficialsOfTheMunicipalityWriteOrListFeedback() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Object id = dialogue.get("id");
    String ambassador = ambassadorOf(createEvent(official, id));
    Map<String, Object> message = Map.of("sv", "Hej");
    fails(404, () -> send(id, official("0180"), message));
    fails(404, () -> call(HttpRequest.GET("/api/dialogues/" + id + "/feedback"), official("0180")));
    fails(403, () -> send(id, ambassador, message));
    fails(401, () -> send(id, null, message));
    fails(404, () -> send(999_999, official, message));
    assertEquals(201, send(id, admin(), message).getStatus().getCode());
  }

  @Test
  void thePublicPageOfAnUnknownDialogueIsNotFound() throws Exception {
    assertEquals(404, publicPage(999_999).statusCode());
  }

  private HttpResponse<Map<String, Object>> send(
      Object id, String token, Map<String, Object> message) {
    return call(
        HttpRequest.POST("/api/dialogues/" + id + "/feedback", Map.of("message", message)), token);
  }

  private java.net.http.HttpResponse<String> publicPage(Object id) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.getPort() + "/d/" + id))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }
}

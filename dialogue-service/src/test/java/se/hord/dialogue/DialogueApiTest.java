package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class DialogueApiTest extends ApiTestSupport {

  @Test
  void officialCreatesDialogueAndGetsItsLocation() {
    String official = official("0380");
    HttpResponse<Map<String, Object>> created =
        call(
            HttpRequest.POST(
                "/api/dialogues",
                Map.of(
                    "title", "Trygghet i Uppsala",
                    "municipality", "0380",
                    "description", "Var känner sig unga trygga?",
                    "prompts", List.of(Map.of("key", "trygg", "text", "Var är det tryggt?")),
                    "statements", List.of(Map.of("key", "ljus", "text", "Mer belysning")))),
            official);

    assertEquals(201, created.code());
    Map<String, Object> dialogue = created.body();
    assertEquals("/api/dialogues/" + dialogue.get("id"), created.header("Location"));
    assertEquals("Trygghet i Uppsala", dialogue.get("title"));
    assertEquals(
        List.of(Map.of("key", "trygg", "text", "Var är det tryggt?")), dialogue.get("prompts"));
    assertEquals(
        List.of(Map.of("key", "ljus", "text", "Mer belysning")), dialogue.get("statements"));
    Map<String, Object> fetched =
        call(HttpRequest.GET("/api/dialogues/" + dialogue.get("id")), official).body();
    assertEquals(dialogue, fetched);
  }

  @Test
  void invalidDialogueListsEveryProblemByPath() {
    Map<String, Object> problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST(
                        "/api/dialogues",
                        Map.of(
                            "title",
                            " ",
                            "municipality",
                            "380",
                            "prompts",
                            List.of(
                                Map.of("key", "a", "text", ""),
                                Map.of("key", "a", "text", "Andra"),
                                Map.of("key", "", "text", "Tredje")),
                            "statements",
                            List.of(Map.of("key", "s")))),
                    admin()));

    assertEquals(
        List.of(
            "title",
            "municipality",
            "prompts[0].text",
            "prompts[1].key",
            "prompts[2].key",
            "statements[0].text"),
        paths(problem));
    assertTrue(((String) problem.get("detail")).contains("(Some of the input is wrong"));
  }

  @Test
  void dialogueWithoutPromptsIsRefused() {
    Map<String, Object> problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST(
                        "/api/dialogues",
                        Map.of("title", "Tom", "municipality", "0380", "prompts", List.of())),
                    admin()));
    assertEquals(List.of("prompts"), paths(problem));
  }

  @Test
  void officialOfAnotherMunicipalityCannotCreateThere() {
    fails(403, () -> createDialogue(official("1880"), "0380"));
  }

  @Test
  void anotherMunicipalitysDialogueLooksMissing() {
    Object id = createDialogue(official("0380"), "0380").get("id");
    Map<String, Object> problem =
        fails(404, () -> call(HttpRequest.GET("/api/dialogues/" + id), official("1880")));
    assertTrue(((String) problem.get("detail")).contains("ingen sådan dialog"));
    fails(404, () -> call(HttpRequest.GET("/api/dialogues/99999999"), admin()));
  }

  @Test
  void officialListsOnlyTheirMunicipalitiesAndAdminListsAll() {
    Object uppsala = createDialogue(official("0380"), "0380").get("id");
    Object orebro = createDialogue(official("1880"), "1880").get("id");

    List<Map<String, Object>> mine = list("/api/dialogues", official("1880"));
    assertTrue(mine.stream().allMatch(d -> "1880".equals(d.get("municipality"))));
    assertTrue(mine.stream().anyMatch(d -> orebro.equals(d.get("id"))));
    List<Object> all = list("/api/dialogues", admin()).stream().map(d -> d.get("id")).toList();
    assertTrue(all.containsAll(List.of(uppsala, orebro)));
  }

  @Test
  void anonymousCallerMustLogIn() {
    fails(401, () -> call(HttpRequest.GET("/api/dialogues"), null));
  }

  @Test
  void malformedJsonIsABadRequest() {
    Map<String, Object> problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST("/api/dialogues", "{\"title\": ")
                        .contentType(MediaType.APPLICATION_JSON),
                    admin()));
    assertTrue(problem.containsKey("detail"));
  }
}

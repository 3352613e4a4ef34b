package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.event.JoinCodes;

@MicronautTest
class EventApiTest extends ApiTestSupport {

  private Map<String, Object> newEvent() {
    String official = official("0380");
    return createEvent(official, createDialogue(official, "0380").get("id"));
  }

  @Test
  void eventGetsSixCharacterJoinCodeWithoutLookAlikes() {
    Map<String, Object> event = newEvent();
    String code = (String) event.get("joinCode");
    assertEquals(6, code.length());
    assertTrue(code.chars().allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0), code);
    assertTrue(code.chars().noneMatch(c -> "0O1IL".indexOf(c) >= 0), code);
    assertEquals("Fritidsgården Tegelbruket", event.get("place"));
  }

  @Test
  void dialogueListsItsEvents() {
    String official = official("0380");
    Object dialogueId = createDialogue(official, "0380").get("id");
    Object first = createEvent(official, dialogueId).get("id");
    Object second = createEvent(official, dialogueId).get("id");
    List<Object> ids =
        list("/api/dialogues/" + dialogueId + "/events", official).stream()
            .map(e -> e.get("id"))
            .toList();
    assertEquals(List.of(first, second), ids);
  }

  @Test
  void eventMustEndAfterItStartsAndTimesMustBeReadable() {
    Object dialogueId = createDialogue(admin(), "0380").get("id");
    Map<String, Object> problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST(
                        "/api/dialogues/" + dialogueId + "/events",
                        Map.of(
                            "name", "Pop-up",
                            "place", "Torget",
                            "startsAt", "2026-05-01T14:00",
                            "endsAt", "2026-05-01T13:00")),
                    admin()));
    assertEquals(List.of("endsAt"), paths(problem));

    problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST(
                        "/api/dialogues/" + dialogueId + "/events",
                        Map.of("startsAt", "i morgon", "endsAt", "2026-05-01T13:00:00+02:00")),
                    admin()));
    assertEquals(List.of("name", "place", "startsAt"), paths(problem));
  }

  @Test
  void eventOfAnotherMunicipalitysDialogueLooksMissing() {
    Object dialogueId = createDialogue(official("0380"), "0380").get("id");
    fails(404, () -> createEvent(official("1880"), dialogueId));
    fails(404, () -> list("/api/dialogues/" + dialogueId + "/events", official("1880")));
  }

  @Test
  void joinWorksWithLowerCaseAndSpaces() {
    Map<String, Object> event = newEvent();
    String code = ((String) event.get("joinCode")).toLowerCase();
    Map<String, Object> joined = join(" " + code.substring(0, 3) + " " + code.substring(3) + " ");

    assertEquals("Bearer", joined.get("token_type"));
    assertEquals(event.get("id"), joined.get("eventId"));
    int expiresIn = ((Number) joined.get("expires_in")).intValue();
    // the event ends in two hours; the token lasts a little longer, never a day
    assertTrue(expiresIn > 2 * 3600 && expiresIn <= 5 * 3600, "expires_in " + expiresIn);

    Map<String, Object> details =
        call(HttpRequest.GET("/api/events/" + event.get("id")), (String) joined.get("access_token"))
            .body();
    @SuppressWarnings("unchecked")
    Map<String, Object> dialogue = (Map<String, Object>) details.get("dialogue");
    assertEquals(2, ((List<?>) dialogue.get("prompts")).size());
  }

  @Test
  void wrongJoinCodeIsNotFound() {
    Map<String, Object> problem = fails(404, () -> join("XXXXXX"));
    assertTrue(((String) problem.get("detail")).contains("Koden finns inte"));
    fails(404, () -> join("not a code at all"));
  }

  @Test
  void joinCodeOfAnEventLongOverNoLongerWorks() {
    Object dialogueId = createDialogue(admin(), "0380").get("id");
    Instant now = Instant.now();
    Map<String, Object> event =
        call(
                HttpRequest.POST(
                    "/api/dialogues/" + dialogueId + "/events",
                    Map.of(
                        "name",
                        "I förrgår",
                        "place",
                        "Skolan",
                        "startsAt",
                        now.minus(50, ChronoUnit.HOURS).toString(),
                        "endsAt",
                        now.minus(48, ChronoUnit.HOURS).toString())),
                admin())
            .body();
    fails(410, () -> join((String) event.get("joinCode")));
  }

  @Test
  void ambassadorCannotPlanEvents() {
    Map<String, Object> event = newEvent();
    String ambassador = ambassadorOf(event);
    fails(403, () -> createEvent(ambassador, event.get("dialogueId")));
  }
}

package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each change of a statement's votes puts its new totals on the feed, replacing the old item. */
@MicronautTest
class VoteFeedApiTest extends ApiTestSupport {

  @Test
  @SuppressWarnings("unchecked")
  void aStatementsVoteTotalsReachTheFeedAsOneItemThatIsReplacedOnEachChange() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    String start = end();

    vote(event.get("id"), ambassador, "deltagare-1", "buss", "agree");
    vote(event.get("id"), ambassador, "deltagare-2", "buss", "agree");
    vote(event.get("id"), ambassador, "deltagare-3", "buss", "pass");
    vote(event.get("id"), ambassador, "deltagare-3", "buss", "disagree");

    List<Map<String, Object>> items = itemsAfter(start);
    List<Map<String, Object>> summaries =
        items.stream().filter(i -> "statement:buss".equals(i.get("questionKey"))).toList();
    assertEquals(1, summaries.size(), "one item per statement, moved on each change: " + items);
    Map<String, Object> item = summaries.get(0);
    assertTrue(((String) item.get("id")).startsWith("dialogue:votes-"), item.toString());
    assertEquals("dialogue", item.get("source"));
    assertEquals("0380", item.get("municipality"));
    assertEquals(String.valueOf(dialogue.get("id")), item.get("originId"));
    assertEquals("Bussarna går för sällan", item.get("text"));
    assertEquals(
        Map.of("agree", 2, "disagree", 1, "pass", 0),
        (Map<String, Object>) item.get("closedAnswers"));
  }

  @Test
  void aReplayedVoteDoesNotChangeTheTotals() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    String start = end();
    Map<String, Object> body =
        Map.of("participant", "deltagare-1", "statement", "buss", "vote", "agree");
    postTo(event.get("id"), "votes", ambassador, "6b1e2c3d-aaaa-4bbb-8ccc-1234567890ab", body);
    postTo(event.get("id"), "votes", ambassador, "6b1e2c3d-aaaa-4bbb-8ccc-1234567890ab", body);

    List<Map<String, Object>> summaries =
        itemsAfter(start).stream()
            .filter(i -> "statement:buss".equals(i.get("questionKey")))
            .toList();
    assertEquals(1, summaries.size());
    assertEquals(
        Map.of("agree", 1, "disagree", 0, "pass", 0), summaries.get(0).get("closedAnswers"));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> itemsAfter(String cursor) {
    List<Map<String, Object>> all = new ArrayList<>();
    while (true) {
      Map<String, Object> page = page(cursor);
      List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
      if (items.isEmpty()) {
        return all;
      }
      all.addAll(items);
      cursor = (String) page.get("next");
    }
  }

  private Map<String, Object> page(String after) {
    return call(HttpRequest.GET("/api/feed?after=" + after + "&limit=1000"), service()).body();
  }

  private String end() {
    String cursor = "";
    while (true) {
      Map<String, Object> page = page(cursor);
      if (((List<?>) page.get("items")).isEmpty()) {
        return cursor;
      }
      cursor = (String) page.get("next");
    }
  }
}

package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The London youth policing consultation (Polis open data) played through the API as if it were a
 * pop-up: each of the 39 statements is proposed by a participant, the officials approve the 36 the
 * Polis moderators accepted and reject the other 3, then 26 young people cast their 640 votes in
 * the order they were cast. The summary is then read as an official would read it.
 */
@MicronautTest
class LondonSummaryApiTest extends ApiTestSupport {
  private Map<String, Object> summary;
  private final Map<String, String> rejectedTexts = new HashMap<>();
  private int refusedVotes;

  @BeforeAll
  void playTheConsultation() {
    String official = official("0380");
    Map<String, Object> dialogue =
        call(
                HttpRequest.POST(
                    "/api/dialogues",
                    Map.of(
                        "title", "Unga och polisen",
                        "municipality", "0380",
                        "prompts",
                            List.of(Map.of("key", "engagera", "text", "Hur engagerar vi unga?")))),
                official)
            .body();
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    Map<String, String> keyOf = new HashMap<>();
    for (PolisLondon.Comment c : PolisLondon.comments()) {
      String key =
          (String)
              postTo(
                      event.get("id"),
                      "statements",
                      ambassador,
                      null,
                      Map.of("text", c.text(), "participant", "london-author", "consent", true))
                  .body()
                  .get("key");
      keyOf.put(c.id(), key);
      call(
          HttpRequest.POST(
              "/api/dialogues/" + dialogue.get("id") + "/statements/" + key + "/moderate",
              Map.of("decision", c.accepted() ? "approve" : "reject")),
          official);
      if (!c.accepted()) {
        rejectedTexts.put(key, c.text());
      }
    }
    for (PolisLondon.CastVote v : PolisLondon.votes()) {
      String vote = v.vote() == 1 ? "agree" : v.vote() == -1 ? "disagree" : "pass";
      try {
        vote(
            event.get("id"), ambassador, "london-voter-" + v.voter(), keyOf.get(v.comment()), vote);
      } catch (HttpClientResponseException refused) {
        assertEquals(409, refused.getStatus().getCode(), "only rejected statements refuse votes");
        refusedVotes++;
      }
    }
    summary =
        call(HttpRequest.GET("/api/dialogues/" + dialogue.get("id") + "/summary"), official).body();
    Map<String, Object> again =
        call(HttpRequest.GET("/api/dialogues/" + dialogue.get("id") + "/summary"), official).body();
    assertEquals(summary, again, "the summary, groups included, is the same every time");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> statement(String key) {
    return ((List<Map<String, Object>>) summary.get("statements"))
        .stream().filter(s -> key.equals(s.get("key"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<String> keys(String list) {
    return ((List<Map<String, Object>>) summary.get(list))
        .stream().map(s -> (String) s.get("key")).toList();
  }

  @Test
  void everyVoterIsCountedAndOnlyApprovedStatementsAreListed() {
    assertEquals(26, ((Map<?, ?>) summary.get("participants")).get("voters"));
    assertEquals(36, ((List<?>) summary.get("statements")).size());
    assertTrue(refusedVotes >= 0);
  }

  @Test
  void rejectedStatementsAppearNowhereInTheSummary() {
    String all = summary.toString();
    rejectedTexts.values().forEach(text -> assertFalse(all.contains(text), text));
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoToFiveOpinionGroupsWithWhatEachAgreesOn() {
    Map<String, Object> groups = (Map<String, Object>) summary.get("opinionGroups");
    int k = (Integer) groups.get("k");
    assertTrue(k >= 2 && k <= 5, "k = " + k);
    List<Map<String, Object>> list = (List<Map<String, Object>>) groups.get("groups");
    assertEquals(k, list.size());
    for (Map<String, Object> g : list) {
      assertTrue((Integer) g.get("size") >= 5, "no group smaller than five is formed");
      assertEquals(2, ((List<?>) g.get("centroid")).size(), "a centre, never people's points");
      List<Map<String, Object>> agreesOn = (List<Map<String, Object>>) g.get("agreesOn");
      assertFalse(agreesOn.isEmpty());
      agreesOn.forEach(r -> assertTrue((Double) r.get("agreeShare") >= 0.5));
    }
    assertFalse(summary.toString().contains("london-voter"), "no participant token is shown");
  }

  @Test
  @SuppressWarnings("unchecked")
  void consensusStatementsAreAgreedWithOverallAndInEveryGroup() {
    List<String> consensus = keys("consensus");
    assertFalse(consensus.isEmpty(), "the young people agreed on some ways forward");
    for (String key : consensus) {
      Map<String, Object> s = statement(key);
      assertTrue((Double) s.get("agreeShare") >= 0.6, key + " " + s);
      for (Double share : (List<Double>) s.get("groupAgreeShares")) {
        assertTrue(share == null || share >= 0.6, key + " " + s);
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void divisiveStatementsSplitTheGroupsOrTheRoom() {
    List<String> divisive = keys("divisive");
    assertFalse(divisive.isEmpty(), "some statements divide the young people");
    for (String key : divisive) {
      assertFalse(keys("consensus").contains(key));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyCountIsAtLeastFiveOrShownAsUnderFive() {
    for (Map<String, Object> s : (List<Map<String, Object>>) summary.get("statements")) {
      for (String field : List.of("voters", "agree", "disagree", "pass")) {
        Object count = s.get(field);
        assertTrue("<5".equals(count) || (Integer) count >= 5, field + " " + s);
      }
      int hidden = 0;
      for (String field : List.of("agree", "disagree", "pass")) {
        hidden += "<5".equals(s.get(field)) ? 1 : 0;
      }
      assertTrue(hidden != 1, "a lone hidden count could be worked out: " + s);
    }
  }
}

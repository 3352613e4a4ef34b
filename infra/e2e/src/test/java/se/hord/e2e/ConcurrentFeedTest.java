package se.hord.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.hord.launcher.ApiClient;
import se.hord.testkit.TestDatabase;

/**
 * The feed cursor cannot skip: answers written by many clients at once, while analysis keeps
 * pulling, all reach the index, once each. The index is compared with survey-service's database.
 */
class ConcurrentFeedTest {
  private static final int CLIENTS = 16;
  private static final int ANSWERS_PER_CLIENT = 25;

  @Test
  void answersWrittenConcurrentlyWhileAnalysisPullsAreAllIndexedExactlyOnce() throws Exception {
    Cluster cluster = Cluster.get();
    String token = ApiClient.login(cluster.survey(), Cluster.ADMIN, Cluster.ADMIN_PASSWORD);
    ApiClient admin = new ApiClient(cluster.survey(), token);
    String word = Words.unique();
    JsonNode survey =
        admin.post("/api/surveys", Fixtures.survey("Samtidigt " + word, "0380")).expect(201);
    String surveyId = survey.get("id").asText();
    admin.post("/api/surveys/" + surveyId + "/publish", null).expect(200);

    ApiClient anonymous = new ApiClient(cluster.survey(), null);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Integer>> acknowledged = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      acknowledged.add(
          clients.submit(
              () -> {
                int stored = 0;
                for (int i = 0; i < ANSWERS_PER_CLIENT; i++) {
                  Map<String, Object> answer =
                      Map.of(
                          "answers",
                          Map.of("trygg", 1, "varfor", word + " svar " + client + "-" + i));
                  int status =
                      anonymous
                          .send(
                              "POST",
                              "/api/surveys/" + surveyId + "/responses",
                              answer,
                              Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                          .status();
                  stored += status == 201 ? 1 : 0;
                }
                return stored;
              }));
    }
    int total = 0;
    for (Future<Integer> f : acknowledged) {
      total += f.get();
    }
    clients.shutdown();
    assertEquals(CLIENTS * ANSWERS_PER_CLIENT, total, "every answer was acknowledged");

    Set<String> inDatabase = feedItemIds(surveyId);
    assertEquals(total, inDatabase.size(), "one feed item per acknowledged answer");

    ApiClient analysis = admin.at(cluster.analysis());
    JsonNode first =
        new Search(analysis)
            .awaitTotal(word, "originId=" + surveyId, total, Duration.ofSeconds(30));
    assertEquals(total, first.get("total").asLong(), "the index holds every answer");
    Set<String> inIndex = new HashSet<>();
    int pages = (total + 99) / 100;
    for (int page = 1; page <= pages; page++) {
      JsonNode hits =
          new Search(analysis)
              .query(word, "originId=" + surveyId + "&size=100&page=" + page)
              .get("hits");
      hits.forEach(h -> assertEquals(true, inIndex.add(h.get("id").asText()), "no duplicates"));
    }
    assertEquals(inDatabase, inIndex, "the index holds exactly what the database holds");
  }

  private static Set<String> feedItemIds(String surveyId) throws Exception {
    var db = TestDatabase.server();
    Set<String> ids = new HashSet<>();
    try (Connection c =
            DriverManager.getConnection(
                db.url() + "/" + TestDatabase.name("hord_e2e_survey"), db.user(), db.password());
        PreparedStatement select =
            c.prepareStatement(
                "SELECT item_id FROM feed_item WHERE JSON_VALUE(payload, '$.originId') = ?")) {
      select.setString(1, surveyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    return ids;
  }
}

package se.hord.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import se.hord.launcher.ApiClient;
import se.hord.testkit.Browser;
import se.hord.testkit.TestDatabase;

/**
 * A young person leaves a number on the pop-up page (real Chromium), dialogue-service hands it to
 * survey-service and keeps only its hash; an official publishes "what happened next" and
 * survey-service's outbox texts it to that number (simulated, shown by /dev/sms).
 */
class DialogueSmsFeedbackTest {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String PHONE = "+46705550101";

  @Test
  void aNumberLeftOnThePopupGetsTheDialoguesWhatHappenedNextBySms() throws Exception {
    Cluster cluster = Cluster.get();
    String token = ApiClient.login(cluster.survey(), Cluster.ADMIN, Cluster.ADMIN_PASSWORD);
    ApiClient official = new ApiClient(cluster.dialogue(), token);
    JsonNode dialogue = official.post("/api/dialogues", Fixtures.dialogue("0380")).expect(201);
    String dialogueId = dialogue.get("id").asText();
    LocalDateTime now = LocalDateTime.now().withNano(0);
    JsonNode event =
        official
            .post(
                "/api/dialogues/" + dialogueId + "/events",
                Map.of(
                    "name",
                    "Pop-up sms",
                    "place",
                    "Torget",
                    "startsAt",
                    now.minusHours(1).toString(),
                    "endsAt",
                    now.plusHours(3).toString()))
            .expect(201);

    try (Browser browser = Browser.start()) {
      browser.open(cluster.dialogue() + "/popup/" + event.get("id").asText());
      browser.until(d -> browser.find("#join").isDisplayed());
      browser.type("#join-code", event.get("joinCode").asText());
      browser.click("#join-form button[type=submit]");
      browser.until(d -> browser.find("#capture").isDisplayed());
      browser.click("#prompts .prompt");
      browser.type("#text", "Fler bänkar i parken");
      browser.click("#consent");
      browser.click("#save");
      browser.until(d -> browser.find("#phone-box").isDisplayed());
      browser.type("#phone", "070-555 01 01");
      browser.click("#phone-consent");
      browser.click("#phone-save");
      browser.untilText("#pending-count", "0");
    }

    String text = "Parken har fått fem nya bänkar. Tack för att du var med!";
    JsonNode published =
        official
            .post(
                "/api/dialogues/" + dialogueId + "/feedback", Map.of("message", Map.of("sv", text)))
            .expect(201);
    String feedbackId = published.get("id").asText();
    JsonNode sms =
        await(
            () -> {
              for (JsonNode f :
                  official.get("/api/dialogues/" + dialogueId + "/feedback").expect(200)) {
                if (f.get("id").asText().equals(feedbackId)) {
                  return f.get("sms");
                }
              }
              return null;
            },
            s -> s != null && "sent".equals(s.get("status").asText()));
    assertEquals(1, sms.get("recipients").asInt(), sms.toString());
    assertEquals(1, sms.get("queued").asInt(), sms.toString());

    String page =
        await(
            () -> simulator(cluster.survey()),
            // The message shows as soon as it is queued; "simulated" once the outbox has sent it.
            html -> html.contains("Parken har fått fem nya bänkar") && html.contains("simulated"));
    assertTrue(page.contains("simulated"), "sent by the outbox, simulated without Twilio");
    assertEquals(
        List.of(), columnsHolding("705550101"), "dialogue-service keeps no number, only its hash");
  }

  /** Every text column of dialogue-service's database that holds this text somewhere. */
  private static List<String> columnsHolding(String text) throws Exception {
    var db = TestDatabase.server();
    String schema = TestDatabase.name("hord_e2e_dialogue");
    List<String> found = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(db.url() + "/" + schema, db.user(), db.password());
        PreparedStatement columns =
            c.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ?"
                    + " AND data_type IN ('char','varchar','text','mediumtext','longtext','json')")) {
      columns.setString(1, schema);
      try (ResultSet rs = columns.executeQuery()) {
        while (rs.next()) {
          String table = rs.getString(1);
          String column = rs.getString(2);
          try (PreparedStatement scan =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM `" + table + "` WHERE `" + column + "` LIKE ?")) {
            scan.setString(1, "%" + text + "%");
            try (ResultSet n = scan.executeQuery()) {
              n.next();
              if (n.getLong(1) > 0) {
                found.add(table + "." + column);
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static String simulator(String survey) throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            survey
                                + "/dev/sms?phone="
                                + URLEncoder.encode(PHONE, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return page.body();
  }

  /** What it reads, once the condition holds; fails after PATIENCE. */
  private static <T> T await(Reader<T> read, Predicate<T> done) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    T last = read.read();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("still not there: " + last);
      }
      Thread.sleep(500);
      last = read.read();
    }
    return last;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read() throws Exception;
  }
}

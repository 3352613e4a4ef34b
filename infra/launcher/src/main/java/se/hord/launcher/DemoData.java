package se.hord.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A small, plausible municipality's worth of demo data, loaded through the public API the first
 * time Hörd starts on an empty database: an official, a LUPP-style survey with answers, and a
 * dialogue with a pop-up event and what an ambassador captured there. All text is written for
 * Hörd's demo; none of it comes from real young people.
 */
final class DemoData {
  static final String OFFICIAL = "tjansteperson";
  static final String MUNICIPALITY = "1880";
  private static final String SURVEY_TITLE = "Ungas fritid och trygghet 2026";

  private final Settings settings;
  private final Random random = new Random(20261122);

  DemoData(Settings settings) {
    this.settings = settings;
  }

  /** Loads the demo unless a survey exists already; returns the demo survey's slug, if any. */
  String loadIfEmpty() throws IOException, InterruptedException {
    String token =
        ApiClient.login(
            settings.url(settings.surveyPort()), settings.adminUser(), settings.adminPassword());
    ApiClient admin = new ApiClient(settings.url(settings.surveyPort()), token);
    JsonNode surveys = admin.get("/api/surveys").expect(200);
    for (JsonNode survey : surveys) {
      if (SURVEY_TITLE.equals(survey.path("title").path("sv").asText())) {
        return survey.path("slug").asText();
      }
    }
    if (!surveys.isEmpty()) {
      return null;
    }
    Launcher.say("Lägger in demodata … (Loading demo data)");
    admin
        .post(
            "/api/users",
            Map.of(
                "username", OFFICIAL,
                "password", Settings.officialPassword(settings.dataDir()),
                "roles", List.of("OFFICIAL"),
                "municipalities", List.of(MUNICIPALITY),
                "safeguarding", true))
        .expect(201);
    String slug = loadSurvey(admin);
    loadDialogue(admin.at(settings.url(settings.dialoguePort())));
    return slug;
  }

  private String loadSurvey(ApiClient admin) throws IOException, InterruptedException {
    JsonNode created = admin.post("/api/surveys", DemoTexts.survey(SURVEY_TITLE)).expect(201);
    String id = created.get("id").asText();
    admin.post("/api/surveys/" + id + "/publish", null).expect(200);
    for (int i = 0; i < 160; i++) {
      Map<String, Object> body = Map.of("answers", answers(), "channel", "web");
      admin
          .send(
              "POST",
              "/api/surveys/" + id + "/responses",
              body,
              Map.of("Idempotency-Key", UUID.randomUUID().toString()))
          .expect(201);
    }
    return created.get("slug").asText();
  }

  private Map<String, Object> answers() {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("alder", pick("13-15", "13-15", "16-19", "16-19", "16-19", "20-25"));
    answers.put("kon", pick("tjej", "tjej", "kille", "kille", "annat", "vill_inte_saga"));
    answers.put(
        "omrade", pick("centrum", "vivalla", "brickebacken", "adolfsberg", "baronbackarna"));
    int trygg = 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.2 + 3.4) % 5);
    answers.put("trygg", trygg);
    List<String> fritid = new ArrayList<>();
    for (String option : List.of("idrott", "fritidsgard", "musik", "gaming", "umgas")) {
      if (random.nextInt(3) == 0) {
        fritid.add(option);
      }
    }
    if (fritid.isEmpty()) {
      fritid.add("umgas");
    }
    answers.put("fritid", fritid);
    if (trygg <= 2) {
      answers.put("varfor", pick(DemoTexts.UNSAFE));
    }
    if (random.nextInt(10) < 7) {
      answers.put("battre", pick(DemoTexts.BETTER));
    }
    answers.put("paverka", random.nextBoolean() ? "yes" : "no");
    return answers;
  }

  private void loadDialogue(ApiClient admin) throws IOException, InterruptedException {
    JsonNode dialogue = admin.post("/api/dialogues", DemoTexts.dialogue(MUNICIPALITY)).expect(201);
    LocalDateTime start = LocalDateTime.now().withHour(12).withMinute(0).withSecond(0).withNano(0);
    JsonNode event =
        admin
            .post(
                "/api/dialogues/" + dialogue.get("id").asText() + "/events",
                Map.of(
                    "name",
                    "Pop-up på Kulturkvarteret",
                    "place",
                    "Kulturkvarteret, Örebro",
                    "startsAt",
                    start.toString(),
                    "endsAt",
                    start.plusHours(6).toString()))
            .expect(201);
    String ambassadorToken =
        new ApiClient(settings.url(settings.dialoguePort()), null)
            .post("/api/events/join", Map.of("joinCode", event.get("joinCode").asText()))
            .expect(200)
            .get("access_token")
            .asText();
    ApiClient ambassador = new ApiClient(settings.url(settings.dialoguePort()), ambassadorToken);
    String path = "/api/events/" + event.get("id").asText() + "/contributions";
    for (int i = 0; i < 48; i++) {
      boolean unsafe = i % 2 == 0;
      Map<String, Object> contribution = new LinkedHashMap<>();
      contribution.put("prompt", unsafe ? "trygghet" : "ideer");
      contribution.put("text", pick(unsafe ? DemoTexts.CITY_UNSAFE : DemoTexts.CITY_IDEAS));
      contribution.put("ageBand", pick("13-15", "16-19", "16-19", "20-25"));
      contribution.put("gender", pick("tjej", "kille", "annat"));
      contribution.put("area", pick("centrum", "vivalla", "brickebacken", "adolfsberg"));
      contribution.put("consent", true);
      ambassador
          .send("POST", path, contribution, Map.of("Idempotency-Key", UUID.randomUUID().toString()))
          .expect(201);
    }
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}

package se.hord.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's surveys, made through the public API: one per municipality, each with three
 * background questions, a likert and {@value #FREE_TEXTS} free-text questions, so one response
 * carries up to four answers to index.
 */
final class Surveys {
  static final int FREE_TEXTS = 4;
  private final Map<String, Long> byMunicipality = new HashMap<>();
  private final String surveyUrl;

  private Surveys(String surveyUrl) {
    this.surveyUrl = surveyUrl;
  }

  /** Creates and publishes one survey per municipality. */
  static Surveys create(Http admin, String surveyUrl) throws IOException, InterruptedException {
    Surveys surveys = new Surveys(surveyUrl);
    for (String m : Background.MUNICIPALITIES) {
      surveys.byMunicipality.put(m, createPublished(admin, surveyUrl, definition(m, null, null)));
    }
    return surveys;
  }

  /** Creates and publishes a survey; returns its id. */
  static long createPublished(Http admin, String surveyUrl, Map<String, Object> definition)
      throws IOException, InterruptedException {
    long id =
        admin
            .postJson(surveyUrl + "/api/surveys", Http.JSON.writeValueAsBytes(definition))
            .expect(201)
            .json()
            .path("id")
            .asLong();
    admin.postJson(surveyUrl + "/api/surveys/" + id + "/publish", new byte[0]).expect(200);
    return id;
  }

  long idFor(String municipality) {
    return byMunicipality.get(municipality);
  }

  String url() {
    return surveyUrl;
  }

  /** A survey definition; {@code smsKeyword} null for web only, {@code title} null for default. */
  static Map<String, Object> definition(String municipality, String smsKeyword, String title) {
    List<Object> questions = new ArrayList<>();
    questions.add(choice("alder", "Hur gammal är du?", Background.AGE_BANDS));
    questions.add(choice("kon", "Vilket kön har du?", Background.GENDERS));
    questions.add(choice("omrade", "Var bor du?", Background.AREAS));
    questions.add(
        Map.of(
            "key",
            "trygg",
            "type",
            "likert",
            "scale",
            5,
            "text",
            Map.of("sv", "Jag känner mig trygg där jag bor")));
    for (int k = 1; k <= FREE_TEXTS; k++) {
      questions.add(
          Map.of(
              "key",
              "fritext" + k,
              "type",
              "free_text",
              "maxLength",
              2000,
              "text",
              Map.of("sv", "Vad vill du säga om ditt samhälle? (" + k + ")")));
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", Map.of("sv", title == null ? "Bänktest " + municipality : title));
    d.put("municipality", municipality);
    d.put("languages", List.of("sv"));
    if (smsKeyword != null) {
      d.put("smsKeyword", smsKeyword);
      // SMS: one free-text question, nothing else, so a conversation is two messages.
      questions =
          List.of(
              Map.of(
                  "key",
                  "sms",
                  "type",
                  "free_text",
                  "required",
                  true,
                  "text",
                  Map.of("sv", "Vad vill du säga?")));
    }
    d.put("questions", questions);
    return d;
  }

  private static Map<String, Object> choice(String key, String text, List<String> options) {
    return Map.of(
        "key",
        key,
        "type",
        "single_choice",
        "role",
        "background",
        "text",
        Map.of("sv", text),
        "options",
        options.stream().map(o -> Map.of("key", o, "text", Map.of("sv", o))).toList());
  }

  /** A response body: the background of respondent {@code r} and these free-text answers. */
  static byte[] response(Background who, List<String> texts) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("alder", who.ageBand());
    answers.put("kon", who.gender());
    answers.put("omrade", who.area());
    answers.put("trygg", 1 + (who.hashCode() & 0x7fffffff) % 5);
    for (int k = 0; k < texts.size(); k++) {
      answers.put("fritext" + (k + 1), texts.get(k));
    }
    try {
      return Http.JSON.writeValueAsBytes(Map.of("answers", answers, "channel", "web"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package se.hord.e2e;

import java.util.List;
import java.util.Map;

/** The survey and dialogue definitions the end-to-end tests create through the public API. */
final class Fixtures {
  private Fixtures() {}

  static Map<String, Object> survey(String title, String municipality) {
    return Map.of(
        "title", Map.of("sv", title),
        "municipality", municipality,
        "languages", List.of("sv"),
        "questions",
            List.of(
                Map.of(
                    "key",
                    "trygg",
                    "type",
                    "likert",
                    "scale",
                    5,
                    "required",
                    true,
                    "text",
                    Map.of("sv", "Jag känner mig trygg i skolan")),
                Map.of(
                    "key",
                    "skola",
                    "type",
                    "single_choice",
                    "text",
                    Map.of("sv", "Går du i skolan i kommunen?"),
                    "options",
                    List.of(
                        Map.of("key", "ja", "text", Map.of("sv", "Ja")),
                        Map.of("key", "nej", "text", Map.of("sv", "Nej")))),
                Map.of(
                    "key",
                    "varfor",
                    "type",
                    "free_text",
                    "showIf",
                    Map.of("question", "trygg", "in", List.of(1, 2)),
                    "text",
                    Map.of("sv", "Vad gör att du känner dig otrygg?"))));
  }

  static Map<String, Object> dialogue(String municipality) {
    return Map.of(
        "title",
        "E2E-dialog",
        "municipality",
        municipality,
        "description",
        "En dialog som testerna skapar.",
        "prompts",
        List.of(Map.of("key", "ideer", "text", "Vad skulle göra stan bättre?")),
        "statements",
        List.of(Map.of("key", "ljus", "text", "Mer ljus i parkerna.")));
  }
}

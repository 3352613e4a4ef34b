package se.hord.survey.form;

import java.util.Map;

/** The form's own words, in Swedish and English. */
final class FormTexts {
  private static final Map<String, Map<String, String>> TEXTS =
      Map.ofEntries(
          entry("required", "obligatorisk", "required"),
          entry("send", "Skicka svaren", "Send your answers"),
          entry("errorsTitle", "Några svar behöver rättas", "Some answers need fixing"),
          entry("switchLang", "In English", "På svenska"),
          entry("yes", "Ja", "Yes"),
          entry("no", "Nej", "No"),
          entry("or", " eller ", " or "),
          entry(
              "onlyIf",
              "Svara bara om du svarade %s på ”%s”.",
              "Only answer if you answered %s to “%s”."),
          entry(
              "onlyIfAnswered",
              "Svara bara om du svarade på ”%s”.",
              "Only answer if you answered “%s”."),
          entry(
              "onlyIfNotAnswered",
              "Svara bara om du inte svarade på ”%s”.",
              "Only answer if you did not answer “%s”."),
          entry("maxChars", "Högst %d tecken.", "At most %d characters."),
          entry(
              "privacy",
              "Du är anonym: vi sparar inte ditt namn, din IP-adress eller tid.",
              "You are anonymous: we do not store your name, IP address or the time."),
          entry("thanksTitle", "Tack för dina svar!", "Thank you for your answers!"),
          entry(
              "thanksText",
              "Dina svar är sparade. Senare kan du se vad som händer på enkätens sida.",
              "Your answers are saved. Later you can see what happens next on the survey's page."),
          entry("help", "Behöver du prata med någon?", "Do you need to talk to someone?"),
          entry(
              "bris",
              "BRIS 116 111 (gratis, syns inte på telefonräkningen) · bris.se",
              "BRIS 116 111 (free, does not show on the phone bill) · bris.se"),
          entry("surveyPage", "Enkätens sida", "The survey's page"));

  private FormTexts() {}

  /** All texts in one language, for a template. */
  static Map<String, String> in(String lang) {
    Map<String, String> chosen = new java.util.HashMap<>();
    TEXTS.forEach((key, byLang) -> chosen.put(key, byLang.get("en".equals(lang) ? "en" : "sv")));
    return chosen;
  }

  private static Map.Entry<String, Map<String, String>> entry(String key, String sv, String en) {
    return Map.entry(key, Map.of("sv", sv, "en", en));
  }
}

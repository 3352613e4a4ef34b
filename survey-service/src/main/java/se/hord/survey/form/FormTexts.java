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

  /** Arabic (right to left) and easy-read Swedish; a missing word falls back to sv/en. */
  private static final Map<String, Map<String, String>> MORE =
      Map.of(
          "ar",
          Map.ofEntries(
              Map.entry("required", "مطلوب"),
              Map.entry("send", "أرسل إجاباتك"),
              Map.entry("errorsTitle", "بعض الإجابات تحتاج إلى تصحيح"),
              Map.entry("yes", "نعم"),
              Map.entry("no", "لا"),
              Map.entry("or", " أو "),
              Map.entry("onlyIf", "أجب فقط إذا كانت إجابتك %s على «%s»."),
              Map.entry("onlyIfAnswered", "أجب فقط إذا أجبت على «%s»."),
              Map.entry("onlyIfNotAnswered", "أجب فقط إذا لم تجب على «%s»."),
              Map.entry("maxChars", "%d حرفًا كحد أقصى."),
              Map.entry("privacy", "أنت مجهول الهوية: لا نحفظ اسمك أو عنوان IP أو الوقت."),
              Map.entry("thanksTitle", "شكرًا على إجاباتك!"),
              Map.entry(
                  "thanksText", "تم حفظ إجاباتك. لاحقًا يمكنك أن ترى ما سيحدث على صفحة الاستبيان."),
              Map.entry("help", "هل تحتاج إلى التحدث مع أحد؟"),
              Map.entry("bris", "BRIS 116 111 (مجاني، لا يظهر في فاتورة الهاتف) · bris.se"),
              Map.entry("surveyPage", "صفحة الاستبيان"),
              Map.entry("chooseLang", "اللغة")),
          "sv-lattlast",
          Map.ofEntries(
              Map.entry("required", "du måste svara"),
              Map.entry("errorsTitle", "Några svar är fel. Ändra dem."),
              Map.entry("onlyIf", "Svara bara om du svarade %s på ”%s”."),
              Map.entry("maxChars", "Skriv högst %d tecken."),
              Map.entry("privacy", "Vi vet inte vem du är. Vi sparar inte ditt namn."),
              Map.entry("thanksText", "Vi har sparat dina svar. Tack!"),
              Map.entry("chooseLang", "Språk")));

  /** The name of each language, in itself, for the language switch. */
  static final Map<String, String> NAMES =
      Map.of("sv", "Svenska", "en", "English", "ar", "العربية", "sv-lattlast", "Lätt svenska");

  private FormTexts() {}

  /** All texts in one language, for a template. */
  static Map<String, String> in(String lang) {
    Map<String, String> chosen = new java.util.HashMap<>();
    String base = "en".equals(lang) || "ar".equals(lang) ? "en" : "sv";
    TEXTS.forEach((key, byLang) -> chosen.put(key, byLang.get(base)));
    chosen.put("chooseLang", "en".equals(base) ? "Language" : "Språk");
    chosen.putAll(MORE.getOrDefault(lang, Map.of()));
    return chosen;
  }

  private static Map.Entry<String, Map<String, String>> entry(String key, String sv, String en) {
    return Map.entry(key, Map.of("sv", sv, "en", en));
  }
}

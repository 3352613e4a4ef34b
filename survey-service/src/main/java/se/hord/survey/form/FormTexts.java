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
          entry("surveyPage", "Enkätens sida", "The survey's page"),
          entry("next", "Nästa", "Next"),
          entry("back", "Tillbaka", "Back"),
          entry("save", "Spara och fortsätt senare", "Save and continue later"),
          entry("pageOf", "Sida %d av %d", "Page %d of %d"),
          entry(
              "saved",
              "Sparat! Du kan stänga sidan. Öppna enkäten igen på samma telefon eller dator, eller"
                  + " använd länken nedan, så fortsätter du där du var. Svaren sparas i 7 dagar.",
              "Saved! You can close the page. Open the survey again on the same phone or computer,"
                  + " or use the link below, to continue where you were. Answers are kept for 7"
                  + " days."),
          entry(
              "welcomeBack",
              "Välkommen tillbaka! Dina svar finns kvar.",
              "Welcome back! Your answers are still here."),
          entry(
              "resumeLink",
              "Din länk för att fortsätta senare (dela den inte med någon)",
              "Your link to continue later (do not share it with anyone)"),
          entry("otherText", "Vad då? Skriv här", "What? Write here"),
          entry("ageQuestion", "Hur gammal är du?", "How old are you?"),
          entry(
              "ageHint",
              "Vi sparar bara en åldersgrupp, till exempel 13–15 år, aldrig din ålder.",
              "We only store an age group, for example 13–15, never your age."),
          entry("ageError", "Skriv din ålder med siffror.", "Write your age in numbers."),
          entry("start", "Börja", "Start"),
          entry(
              "ageOutside",
              "Den här enkäten är för dig som är %s år. Tack för att du ville svara!",
              "This survey is for people aged %s. Thank you for wanting to answer!"),
          entry(
              "guardianTitle",
              "Du är under 13 år: en vuxen behöver säga ja",
              "You are under 13: an adult needs to say yes"),
          entry(
              "guardianOk",
              "Min förälder eller vårdnadshavare har sagt ja",
              "My parent or guardian has said yes"),
          entry(
              "guardianRefused",
              "Eftersom du är under 13 år behöver en förälder eller vårdnadshavare säga ja först."
                  + " Fråga dem och öppna enkäten igen. Tack för att du ville svara!",
              "As you are under 13, a parent or guardian needs to say yes first. Ask them and open"
                  + " the survey again. Thank you for wanting to answer!"),
          entry(
              "under13",
              "Den här enkäten är för dig som är 13 år eller äldre. Tack för att du ville svara!",
              "This survey is for people aged 13 or older. Thank you for wanting to answer!"),
          entry("contactTitle", "Kontakt i kommunen", "Contact at the municipality"),
          entry(
              "hearBackTitle",
              "Vill du få veta vad som händer sen?",
              "Do you want to hear what happens next?"),
          entry(
              "hearBackText",
              "Skriv ditt mobilnummer eller din e-postadress så hör vi av oss när kommunen berättar"
                  + " vad som händer. Det sparas inte ihop med dina svar. Svara STOPP för att slippa"
                  + " fler sms.",
              "Write your mobile number or your e-mail address and we get in touch when the"
                  + " municipality tells what happens. It is not stored with your answers. Reply"
                  + " STOPP to get no more texts."),
          entry("phone", "Mobilnummer", "Mobile number"),
          entry("email", "E-postadress", "E-mail address"),
          entry("hearBackSend", "Ja, hör av er till mig", "Yes, let me know"),
          entry(
              "emailError",
              "Skriv en e-postadress, till exempel namn@exempel.se.",
              "Write an e-mail address, for example name@example.se."),
          entry(
              "hearBackEmpty",
              "Skriv ett mobilnummer eller en e-postadress.",
              "Write a mobile number or an e-mail address."),
          entry(
              "hearBackEmailThanks",
              "Tack! Vi skickar ett mejl när det finns något nytt.",
              "Thank you! We send an e-mail when there is news."),
          entry(
              "phoneError",
              "Skriv ett svenskt mobilnummer, till exempel 070-123 45 67.",
              "Write a Swedish mobile number, for example 070-123 45 67."),
          entry(
              "hearBackThanks",
              "Tack! Vi skickar ett sms när det finns något nytt. Svara STOPP om du ångrar dig.",
              "Thank you! We send a text when there is news. Reply STOPP if you change your"
                  + " mind."));

  /** Arabic (right to left) and easy-read Swedish; a missing word falls back to sv/en. */
  private static final Map<String, Map<String, String>> MORE =
      Map.of(
          "ar",
          Map.ofEntries(
              Map.entry("required", "مطلوب"),
              Map.entry("send", "أرسل إجاباتك"),
              Map.entry("next", "التالي"),
              Map.entry("back", "رجوع"),
              Map.entry("save", "احفظ وتابع لاحقًا"),
              Map.entry("pageOf", "الصفحة %d من %d"),
              Map.entry("otherText", "ما هو؟ اكتب هنا"),
              Map.entry("ageQuestion", "كم عمرك؟"),
              Map.entry("start", "ابدأ"),
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

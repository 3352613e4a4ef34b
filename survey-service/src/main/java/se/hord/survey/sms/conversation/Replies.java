package se.hord.survey.sms.conversation;

import java.util.List;
import se.hord.survey.definition.Survey;

/** The service's own SMS texts, each meant to fit one GSM-7 segment. */
final class Replies {
  private Replies() {}

  static String welcome(Survey survey) {
    return Gsm7.plain(
        "Hej! Tack för att du svarar på \""
            + survey.definition().titleIn("sv")
            + "\". Du är anonym. STOPP = sluta, HJÄLP = info.");
  }

  /**
   * The thanks at the end, Swedish then English, each one SMS. Only those who answer JA are texted
   * later: without JA the number is deleted (data minimisation), so the text says so plainly.
   */
  static final List<String> THANKS =
      List.of(
          "Tack för dina svar! Mår du dåligt? Ring BRIS på 116 111, det är gratis."
              + " Svara JA om du vill få veta vad som händer sen. Annars tar vi bort ditt nummer.",
          "Thank you! Feeling bad? Call BRIS on 116 111, it is free."
              + " Reply YES if you want to hear what happens next. If not, we delete your number.");

  static final String FEEDBACK_YES =
      "Toppen! Du får ett sms när kommunen berättar vad som hände. STOPP = inga fler sms.";

  static final String FEEDBACK_NO =
      "Okej, då får du inga sms om den här enkäten. Tack igen för dina svar!";

  static final String SKIPPED = "Vi hoppar över den frågan.";

  static final String WELCOME_BACK =
      "Välkommen tillbaka! Svara FORTSÄTT för att fortsätta där du var, eller BÖRJA OM.";

  static final String CHOOSE = "Svara FORTSÄTT eller BÖRJA OM.";

  static final String CLOSED = "Den här enkäten är stängd nu. Tack ändå!";

  static final String UNKNOWN =
      "Hej! Det här är Hörd. Skicka kodordet för en enkät för att svara. HJÄLP = info.";

  static String stopped(boolean english) {
    return english
        ? "You will get no more texts from Hörd. Reply START if you change your mind."
        : "Du får inga fler sms från Hörd. Svara START om du ångrar dig.";
  }

  static String started(boolean english) {
    return english
        ? "Welcome back! You can get texts from Hörd again. STOP = no more texts."
        : "Välkommen tillbaka! Nu kan du få sms från Hörd igen. STOPP = inga fler sms.";
  }

  /** What this is, who runs it (the survey's municipality) and how to stop. */
  static String help(Survey survey, boolean english) {
    String who =
        survey == null
            ? english ? "for municipalities" : "åt kommuner"
            : (english ? "by municipality " : "av kommun ") + survey.row().municipality();
    return Gsm7.plain(
        english
            ? "Hörd: surveys where young people have their say, run "
                + who
                + ". Your answers are anonymous. STOP = no more texts, START = texts again."
            : "Hörd: enkäter där unga säger sitt, görs "
                + who
                + ". Dina svar är anonyma. STOPP = inga fler sms, START = sms igen.");
  }
}

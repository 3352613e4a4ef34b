package se.hord.analysis.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.hord.platform.feed.FeedItem;

/** The known answers the report tests count. */
public final class ReportData {
  private ReportData() {}

  /**
   * Uppsala (0380): 12 people about school (one of them twice), 3 about the bus, 5 about football;
   * Örebro (1880): 6 about school.
   */
  public static List<FeedItem> items() {
    List<FeedItem> items = new ArrayList<>();
    String[] ages = {
      "13-15", "13-15", "13-15", "13-15", "13-15", "13-15", "13-15", "13-15", "16-19", "16-19",
      "16-19", "10-12"
    };
    String[] genders = {
      "tjej", "tjej", "tjej", "tjej", "tjej", "tjej", "tjej", "kille", "kille", "kille", "kille",
      "annat"
    };
    for (int i = 0; i < 12; i++) {
      String text =
          i == 0
              ? "Skolan är stökig, ring mig på 070-123 45 67"
              : "Lärarna i skolan lyssnar inte på oss " + i;
      String at = i < 10 ? "2026-03-0" + (1 + i % 9) + "T10:00:00Z" : "2026-04-02T10:00:00Z";
      items.add(answer("survey:resp-" + i + ":varfor", "0380", ages[i], genders[i], text, at));
    }
    items.add(
        answer(
            "survey:resp-0:mer",
            "0380",
            "13-15",
            "tjej",
            "Skolmaten är god",
            "2026-03-01T10:00:00Z"));
    for (int i = 0; i < 3; i++) {
      items.add(
          answer(
              "survey:bus-" + i + ":varfor",
              "0380",
              "16-19",
              "kille",
              "Bussen kommer aldrig",
              "2026-03-05T10:00:00Z"));
    }
    for (int i = 0; i < 5; i++) {
      items.add(
          answer(
              "dialogue:contrib-" + i,
              "0380",
              "13-15",
              "tjej",
              "Jag gillar fotboll med kompisar",
              "2026-03-06T10:00:00Z"));
    }
    for (int i = 0; i < 6; i++) {
      items.add(
          answer(
              "survey:ore-" + i + ":varfor",
              "1880",
              "13-15",
              "tjej",
              "Skolorna i Örebro är bra " + i,
              "2026-03-07T10:00:00Z"));
    }
    return items;
  }

  private static FeedItem answer(
      String id, String municipality, String age, String gender, String text, String at) {
    return new FeedItem(
        id,
        id.startsWith("dialogue") ? "dialogue" : "survey",
        municipality,
        "survey-1",
        "Ungas fritid 2026",
        "varfor",
        "Vad tycker du?",
        text,
        "sv",
        age,
        gender,
        "Centrum",
        "web",
        Instant.parse(at),
        null);
  }
}

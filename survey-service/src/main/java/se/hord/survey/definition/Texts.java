package se.hord.survey.definition;

import java.util.Map;

/** Picks a text in the wanted language from a {@code {"sv": ..., "en": ...}} map. */
public final class Texts {
  private Texts() {}

  /** The text in {@code lang}, else Swedish, else the fallback. */
  public static String pick(Map<String, String> text, String lang, String fallback) {
    if (text == null) {
      return fallback;
    }
    String value = text.get(lang);
    if (value == null || value.isBlank()) {
      value = text.get("sv");
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  static boolean hasSwedish(Map<String, String> text) {
    return text != null && text.get("sv") != null && !text.get("sv").isBlank();
  }
}

package se.hord.analysis.theme;

import java.util.Map;

/** A theme as the /themes page's form holds it: plain strings, as typed. */
public record ThemeForm(
    String key, String labelSv, String labelEn, String description, String query) {

  static final ThemeForm EMPTY = new ThemeForm("", "", "", "", "");

  static ThemeForm of(Theme theme) {
    return new ThemeForm(
        theme.key(),
        theme.label().sv(),
        theme.label().en(),
        theme.description() == null ? "" : theme.description(),
        theme.query());
  }

  static ThemeForm of(String key, Map<String, String> form) {
    return new ThemeForm(
        key,
        form.getOrDefault("labelSv", ""),
        form.getOrDefault("labelEn", ""),
        form.getOrDefault("description", ""),
        form.getOrDefault("query", ""));
  }

  /** The API shape of the theme, for {@link ThemeService#put}. */
  Theme theme() {
    return new Theme(key, new Theme.Label(labelSv, labelEn), query, description);
  }
}

package se.hord.survey.xlsform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language of a {@code label::English (en)}, {@code label:Deutsch} or {@code label} column. */
final class Languages {
  private static final Pattern CODE = Pattern.compile(".*\\(([a-z]{2,3}(-[a-z0-9]+)?)\\)\\s*");
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("swedish", "sv"),
          Map.entry("svenska", "sv"),
          Map.entry("english", "en"),
          Map.entry("engelska", "en"),
          Map.entry("german", "de"),
          Map.entry("deutsch", "de"),
          Map.entry("arabic", "ar"),
          Map.entry("french", "fr"),
          Map.entry("spanish", "es"),
          Map.entry("finnish", "fi"),
          Map.entry("somali", "so"),
          Map.entry("persian", "fa"));

  private Languages() {}

  /** The texts of a row's {@code <prefix>} columns by language code; plain column → default. */
  static Map<String, String> texts(FormReader.Row row, String prefix, String defaultLanguage) {
    Map<String, String> texts = new LinkedHashMap<>();
    row.cells()
        .forEach(
            (column, value) -> {
              if (value == null || value.isBlank()) {
                return;
              }
              if (column.equals(prefix)) {
                texts.putIfAbsent(defaultLanguage, value.trim());
              } else if (column.startsWith(prefix + ":")) {
                code(column.substring(prefix.length()).replaceFirst("^::?", ""))
                    .ifPresent(code -> texts.putIfAbsent(code, value.trim()));
              }
            });
    return texts;
  }

  /** The code of a language written as a name, {@code Name (code)} or a code. */
  static Optional<String> code(String written) {
    String lower = written.trim().toLowerCase(Locale.ROOT);
    Matcher m = CODE.matcher(lower);
    if (m.matches()) {
      return Optional.of(m.group(1));
    }
    if (NAMES.containsKey(lower)) {
      return Optional.of(NAMES.get(lower));
    }
    return lower.matches("[a-z]{2}") ? Optional.of(lower) : Optional.empty();
  }
}

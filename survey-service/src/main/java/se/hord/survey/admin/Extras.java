package se.hord.survey.admin;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a definition the editor has no input for (added to the definition later), kept as
 * JSON in a hidden form field so that saving in the editor does not drop them.
 */
final class Extras {
  private final JsonMapper json;

  Extras(JsonMapper json) {
    this.json = json;
  }

  /** The fields of {@code map} other than {@code known}, as JSON ("" when none). */
  String write(Map<String, Object> map, Set<String> known) {
    Map<String, Object> rest = new LinkedHashMap<>(map);
    rest.keySet().removeAll(known);
    if (rest.isEmpty()) {
      return "";
    }
    try {
      return json.writeValueAsString(rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields a hidden field carried; none when it is empty or not a JSON object. */
  @SuppressWarnings("unchecked")
  Map<String, Object> read(String text) {
    if (text == null || text.isBlank()) {
      return Map.of();
    }
    try {
      Map<String, Object> map = json.readValue(text, Map.class);
      return map == null ? Map.of() : map;
    } catch (IOException | RuntimeException notJson) {
      return Map.of();
    }
  }
}

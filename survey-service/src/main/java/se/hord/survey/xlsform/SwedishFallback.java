package se.hord.survey.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;

/**
 * Our surveys need Swedish text; a form without it gets its default (or first) language's text as
 * the Swedish text, and the import says so, so that it is translated before publishing.
 */
final class SwedishFallback {
  private final String defaultLanguage;
  private final Set<String> borrowed = new TreeSet<>();
  private final Set<String> seen = new TreeSet<>();

  SwedishFallback(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  Map<String, String> text(Map<String, String> text) {
    if (text == null) {
      return null;
    }
    seen.addAll(text.keySet());
    if (text.containsKey("sv") || text.isEmpty()) {
      return text;
    }
    String from =
        text.containsKey(defaultLanguage) ? defaultLanguage : text.keySet().iterator().next();
    borrowed.add(from);
    Map<String, String> withSwedish = new LinkedHashMap<>();
    withSwedish.put("sv", text.get(from));
    withSwedish.putAll(text);
    return withSwedish;
  }

  Question question(Question q) {
    List<Option> options =
        q.options() == null
            ? null
            : q.options().stream().map(o -> new Option(o.key(), text(o.text()))).toList();
    return new Question(
        q.key(),
        q.type(),
        text(q.text()),
        q.required(),
        q.scale(),
        q.lowLabel(),
        q.highLabel(),
        q.min(),
        q.max(),
        q.maxLength(),
        options,
        q.showIf(),
        q.role(),
        q.dimension());
  }

  /** sv, and en when the form has English. */
  List<String> languages(List<Question> questions) {
    List<String> languages = new ArrayList<>(List.of("sv"));
    if (seen.contains("en")) {
      languages.add("en");
    }
    return languages;
  }

  void report(List<String> unmapped) {
    if (!borrowed.isEmpty()) {
      unmapped.add(
          "the form has no Swedish text: the "
              + String.join("/", borrowed)
              + " text is used as the Swedish text until it is translated");
    }
    Set<String> others = new TreeSet<>(seen);
    others.removeAll(Set.of("sv", "en"));
    if (!others.isEmpty()) {
      unmapped.add(
          "texts in "
              + String.join(", ", others)
              + " are kept in the definition; the form offers sv and en so far");
    }
  }
}

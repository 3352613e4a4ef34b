package se.hord.survey.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the survey editor shows: the survey's fields and its questions as plain maps, numbers as
 * typed. Read from the posted form ({@link DraftForm}) or a stored definition ({@link
 * DraftDefinition}); fields the editor does not know travel along as JSON in {@code extra}.
 */
final class Draft {
  /** The languages a survey may have, in column order, with their names in the editor. */
  static final Map<String, String> LANGUAGES =
      Map.of(
          "sv", "Svenska (Swedish)",
          "en", "Engelska (English)",
          "ar", "Arabiska (Arabic)",
          "sv-lattlast", "Lättläst svenska (Easy-read Swedish)");

  static final List<String> LANGUAGE_ORDER = List.of("sv", "en", "ar", "sv-lattlast");

  /** The question types in the order the editor offers them, with their names. */
  static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("single_choice", "Ett svar (Single choice)");
    TYPES.put("multi_choice", "Flera svar (Multiple choice)");
    TYPES.put("likert", "Skala (Scale)");
    TYPES.put("number", "Tal (Number)");
    TYPES.put("free_text", "Fritext (Free text)");
    TYPES.put("yes_no", "Ja/nej (Yes/no)");
  }

  /**
   * title, description, contact, guardianText (language → text), municipality, languages,
   * smsKeyword, minAge, maxAge, guardianMode ({@code ""}, {@code ask}, {@code refuse}).
   */
  final Map<String, Object> survey = new LinkedHashMap<>();

  /** One map per section (form page): key, title (language → text), was (the key as shown). */
  final List<Map<String, Object>> sections = new ArrayList<>();

  /** One map per question, see {@link #newQuestion}. */
  final List<Map<String, Object>> questions = new ArrayList<>();

  Draft() {
    survey.put("title", new LinkedHashMap<String, String>());
    survey.put("description", new LinkedHashMap<String, String>());
    survey.put("municipality", "");
    survey.put("languages", new ArrayList<>(List.of("sv")));
    survey.put("smsKeyword", "");
    survey.put("minAge", "");
    survey.put("maxAge", "");
    survey.put("guardianMode", "");
    survey.put("guardianText", new LinkedHashMap<String, String>());
    survey.put("contact", new LinkedHashMap<String, String>());
    survey.put("extra", "");
  }

  @SuppressWarnings("unchecked")
  List<String> languages() {
    return (List<String>) survey.get("languages");
  }

  /** An empty question of this type with a key no other question has. */
  Map<String, Object> newQuestion(String type) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("key", freeKey());
    q.put("type", TYPES.containsKey(type) ? type : "single_choice");
    q.put("section", questions.isEmpty() ? "" : questions.get(questions.size() - 1).get("section"));
    q.put("text", new LinkedHashMap<String, String>());
    q.put("required", false);
    q.put("background", false);
    q.put("dimension", "");
    q.put("scale", "5");
    q.put("lowLabel", new LinkedHashMap<String, String>());
    q.put("highLabel", new LinkedHashMap<String, String>());
    q.put("min", "");
    q.put("max", "");
    q.put("maxLength", "");
    q.put("options", new ArrayList<Map<String, Object>>());
    q.put("other", false);
    q.put("otherText", new LinkedHashMap<String, String>());
    q.put("showIfQuestion", "");
    q.put("showIfOp", "equals");
    q.put("showIfValue", "");
    q.put("extra", "");
    return q;
  }

  /** A new option for question {@code q}, keyed by the next free number. */
  static Map<String, Object> newOption(Map<String, Object> q) {
    List<Map<String, Object>> options = options(q);
    int n = options.size() + 1;
    while (hasOption(options, Integer.toString(n))) {
      n++;
    }
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("key", Integer.toString(n));
    option.put("text", new LinkedHashMap<String, String>());
    option.put("other", false);
    option.put("extra", "");
    return option;
  }

  /** A new section with a key no other section has ({@code a1}, {@code a2}, …). */
  Map<String, Object> newSection() {
    int n = sections.size() + 1;
    while (true) {
      String key = "a" + n;
      if (sections.stream().noneMatch(s -> key.equals(s.get("key")))) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("key", key);
        section.put("title", new LinkedHashMap<String, String>());
        return section;
      }
      n++;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> options(Map<String, Object> q) {
    return (List<Map<String, Object>>) q.get("options");
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> texts(Map<String, Object> holder, String field) {
    return (Map<String, String>) holder.get(field);
  }

  private static boolean hasOption(List<Map<String, Object>> options, String key) {
    return options.stream().anyMatch(o -> key.equals(o.get("key")));
  }

  private String freeKey() {
    int n = questions.size() + 1;
    while (true) {
      String key = "f" + n;
      if (questions.stream().noneMatch(q -> key.equals(q.get("key")))) {
        return key;
      }
      n++;
    }
  }
}

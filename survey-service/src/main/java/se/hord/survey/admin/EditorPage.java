package se.hord.survey.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hord.platform.security.Caller;

/** The model of the editor page {@code admin/edit}: the draft, each question's choices, errors. */
final class EditorPage {
  private static final Pattern QUESTION_FIELD = Pattern.compile("q\\.(\\d+)(\\..*)?");
  private static final Pattern SECTION_FIELD = Pattern.compile("s\\.(\\d+)(\\..*)?");

  private EditorPage() {}

  static Map<String, Object> model(
      Draft draft, Long id, Caller caller, String csrf, Map<String, String> errors) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", id);
    model.put("action", id == null ? "/admin/surveys" : "/admin/surveys/" + id + "/edit");
    model.put("survey", draft.survey);
    model.put("languages", languages(draft.languages()));
    model.put("languageCodes", draft.languages());
    model.put("allLanguages", languages(Draft.LANGUAGE_ORDER));
    model.put("types", Draft.TYPES);
    model.put("municipalities", List.copyOf(caller.municipalities()));
    model.put("csrf", csrf);
    model.put("errors", errors);
    model.put("summary", summary(errors));
    List<Map<String, Object>> questions = new ArrayList<>();
    for (int i = 0; i < draft.questions.size(); i++) {
      questions.add(question(draft, i));
    }
    model.put("questions", questions);
    List<Map<String, Object>> sections = new ArrayList<>();
    for (int k = 0; k < draft.sections.size(); k++) {
      Map<String, Object> section = draft.sections.get(k);
      sections.add(
          Map.of(
              "index",
              k,
              "number",
              k + 1,
              "p",
              "s." + k + ".",
              "key",
              section.get("key"),
              "title",
              section.get("title")));
    }
    model.put("sections", sections);
    model.put("sectionChoices", sectionChoices(draft));
    return model;
  }

  /** The sections a question can be on, e.g. "om – Om dig". */
  private static List<Map<String, String>> sectionChoices(Draft draft) {
    return draft.sections.stream()
        .map(
            s -> {
              String key = (String) s.get("key");
              String title = Draft.texts(s, "title").getOrDefault("sv", "");
              return Map.of("key", key, "label", title.isEmpty() ? key : key + " – " + title);
            })
        .toList();
  }

  private static Map<String, Object> question(Draft draft, int i) {
    Map<String, Object> q = draft.questions.get(i);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("index", i);
    view.put("number", i + 1);
    view.put("p", "q." + i + ".");
    view.put("q", q);
    view.put("last", i == draft.questions.size() - 1);
    view.put("choice", q.get("type").toString().endsWith("choice"));
    List<Map<String, String>> earlier = new ArrayList<>();
    for (Map<String, Object> before : draft.questions.subList(0, i)) {
      String label = Draft.texts(before, "text").getOrDefault("sv", "");
      earlier.add(
          Map.of("key", (String) before.get("key"), "label", before.get("key") + " – " + label));
    }
    view.put("earlier", earlier);
    String section = (String) q.get("section");
    view.put(
        "unknownSection",
        !section.isEmpty() && draft.sections.stream().noneMatch(s -> section.equals(s.get("key"))));
    view.put(
        "unknownSource",
        !q.get("showIfQuestion").toString().isEmpty()
            && earlier.stream().noneMatch(e -> e.get("key").equals(q.get("showIfQuestion"))));
    String source = (String) q.get("showIfQuestion");
    view.put(
        "codes",
        draft.questions.subList(0, i).stream()
            .filter(b -> source.equals(b.get("key")))
            .findFirst()
            .map(EditorPage::codes)
            .orElse(""));
    return view;
  }

  /** The answers a condition can compare with, as the official types them. */
  private static String codes(Map<String, Object> q) {
    List<String> codes = new ArrayList<>();
    switch ((String) q.get("type")) {
      case "single_choice", "multi_choice" -> {
        Draft.options(q).forEach(o -> codes.add(String.valueOf(o.get("key"))));
        if (Boolean.TRUE.equals(q.get("other"))) {
          codes.add(DraftDefinition.OTHER);
        }
      }
      case "likert" -> {
        int scale;
        try {
          scale = Integer.parseInt((String) q.get("scale"));
        } catch (NumberFormatException e) {
          scale = 0;
        }
        for (int n = 1; n <= Math.min(scale, 10); n++) {
          codes.add(Integer.toString(n));
        }
      }
      case "yes_no" -> codes.addAll(List.of("yes", "no"));
      case "number" -> codes.add("ett tal (a number)");
      default -> {}
    }
    return String.join(", ", codes);
  }

  private static List<Map<String, String>> languages(List<String> codes) {
    return codes.stream()
        .filter(Draft.LANGUAGES::containsKey)
        .map(c -> Map.of("code", c, "name", Draft.LANGUAGES.get(c)))
        .toList();
  }

  /** Every problem with where it is, e.g. "Fråga 3 – Kod (Code)". */
  private static List<Map<String, String>> summary(Map<String, String> errors) {
    List<Map<String, String>> lines = new ArrayList<>();
    errors.forEach(
        (field, message) -> {
          Matcher m = QUESTION_FIELD.matcher(field);
          Matcher s = SECTION_FIELD.matcher(field);
          String where =
              m.matches()
                  ? "Fråga " + (Integer.parseInt(m.group(1)) + 1) + " (Question)"
                  : s.matches()
                      ? "Avsnitt " + (Integer.parseInt(s.group(1)) + 1) + " (Section)"
                      : "Enkäten (Survey)";
          lines.add(Map.of("where", where, "message", message, "field", field));
        });
    return lines;
  }
}

package se.hord.survey.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the editor's posted form into a {@link Draft}, and carries out its buttons: add, remove and
 * move a question, add or remove an option or a section. Field names are {@code title.sv}, {@code
 * s.0.key}, {@code q.0.key}, {@code q.0.text.en}, {@code q.0.o.1.key}, {@code q.0.showIf.question},
 * and so on.
 */
final class DraftForm {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,12})?");
  private final Map<String, Object> fields;

  private DraftForm(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** The draft as the form describes it. Options without code or text are left out. */
  static Draft read(Map<String, Object> fields) {
    return new DraftForm(fields).draft();
  }

  /** The editor button that was pressed: {@code save}, {@code add:likert}, {@code up:2}, … */
  static String action(Map<String, Object> fields) {
    String action = new DraftForm(fields).text("action");
    return action.isEmpty() ? "save" : action;
  }

  /** Carries out a button other than save; false when there is nothing to do. */
  static boolean apply(Draft draft, String action) {
    String[] parts = action.split(":");
    List<Map<String, Object>> qs = draft.questions;
    int i = parts.length > 1 ? index(parts[1]) : -1;
    boolean valid = i >= 0 && i < qs.size();
    switch (parts[0]) {
      case "add" -> {
        Map<String, Object> q = draft.newQuestion(parts.length > 1 ? parts[1] : "");
        if (q.get("type").toString().endsWith("choice")) {
          Draft.options(q).add(Draft.newOption(q));
          Draft.options(q).add(Draft.newOption(q));
        }
        qs.add(q);
      }
      case "remove" -> {
        if (valid) {
          qs.remove(i);
        }
      }
      case "up" -> {
        if (valid && i > 0) {
          Collections.swap(qs, i, i - 1);
        }
      }
      case "down" -> {
        if (valid && i < qs.size() - 1) {
          Collections.swap(qs, i, i + 1);
        }
      }
      case "addOption" -> {
        if (valid) {
          Draft.options(qs.get(i)).add(Draft.newOption(qs.get(i)));
        }
      }
      case "removeOption" -> {
        int j = parts.length > 2 ? index(parts[2]) : -1;
        if (valid && j >= 0 && j < Draft.options(qs.get(i)).size()) {
          Draft.options(qs.get(i)).remove(j);
        }
      }
      case "addSection" -> draft.sections.add(draft.newSection());
      case "removeSection" -> {
        if (i >= 0 && i < draft.sections.size()) {
          Object key = draft.sections.remove(i).get("key");
          qs.stream().filter(q -> key.equals(q.get("section"))).forEach(q -> q.put("section", ""));
        }
      }
      case "refresh" -> {}
      default -> {
        return false;
      }
    }
    return true;
  }

  private Draft draft() {
    Draft draft = new Draft();
    List<String> languages = new ArrayList<>(List.of("sv"));
    for (String lang : values("languages")) {
      if (Draft.LANGUAGES.containsKey(lang) && !languages.contains(lang)) {
        languages.add(lang);
      }
    }
    languages.sort((a, b) -> Draft.LANGUAGE_ORDER.indexOf(a) - Draft.LANGUAGE_ORDER.indexOf(b));
    draft.survey.put("languages", languages);
    draft.survey.put("title", texts("title"));
    draft.survey.put("description", texts("description"));
    draft.survey.put("guardianText", texts("guardianText"));
    draft.survey.put("contact", texts("contact"));
    for (String field :
        List.of("municipality", "smsKeyword", "minAge", "maxAge", "guardianMode", "extra")) {
      draft.survey.put(field, text(field));
    }
    for (int k = 0; fields.containsKey("s." + k + ".key"); k++) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("key", text("s." + k + ".key"));
      section.put("title", texts("s." + k + ".title"));
      section.put("was", text("s." + k + ".was"));
      draft.sections.add(section);
    }
    for (int i = 0; fields.containsKey("q." + i + ".type"); i++) {
      draft.questions.add(question(draft, "q." + i + "."));
    }
    followRenamedSections(draft);
    return draft;
  }

  /** A section whose key was changed keeps its questions: they take the new key. */
  private static void followRenamedSections(Draft draft) {
    for (Map<String, Object> section : draft.sections) {
      Object was = section.remove("was");
      Object key = section.get("key");
      boolean wasTaken = draft.sections.stream().anyMatch(s -> s.get("key").equals(was));
      if (was == null || "".equals(was) || was.equals(key) || wasTaken) {
        continue;
      }
      draft.questions.stream()
          .filter(q -> was.equals(q.get("section")))
          .forEach(q -> q.put("section", key));
    }
  }

  private Map<String, Object> question(Draft draft, String p) {
    Map<String, Object> q = draft.newQuestion(text(p + "type"));
    String key = text(p + "key");
    if (!key.isEmpty()) {
      q.put("key", key);
    }
    q.put("text", texts(p + "text"));
    q.put("section", text(p + "section"));
    q.put("required", checked(p + "required"));
    q.put("background", checked(p + "background"));
    for (String field : List.of("dimension", "scale", "min", "max", "maxLength", "extra")) {
      q.put(field, text(p + field));
    }
    q.put("lowLabel", texts(p + "lowLabel"));
    q.put("highLabel", texts(p + "highLabel"));
    q.put("other", checked(p + "other"));
    q.put("otherText", texts(p + "otherText"));
    q.put("showIfQuestion", text(p + "showIf.question"));
    q.put("showIfOp", text(p + "showIf.op"));
    q.put("showIfValue", text(p + "showIf.value"));
    for (int j = 0; fields.containsKey(p + "o." + j + ".key"); j++) {
      String o = p + "o." + j + ".";
      Map<String, String> texts = texts(o + "text");
      String optionKey = text(o + "key");
      if (optionKey.isEmpty() && texts.isEmpty()) {
        continue;
      }
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("key", optionKey);
      option.put("text", texts);
      option.put("other", checked(o + "other"));
      option.put("extra", text(o + "extra"));
      Draft.options(q).add(option);
    }
    return q;
  }

  /**
   * The non-blank texts of {@code name.<lang>}, by language: the editor's languages first, then any
   * other (kept in hidden fields, e.g. German from an imported XLSForm).
   */
  private Map<String, String> texts(String name) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String lang : Draft.LANGUAGE_ORDER) {
      String value = text(name + "." + lang);
      if (!value.isEmpty()) {
        texts.put(lang, value);
      }
    }
    String prefix = name + ".";
    fields.keySet().stream()
        .filter(f -> f.startsWith(prefix))
        .map(f -> f.substring(prefix.length()))
        .filter(lang -> LANGUAGE.matcher(lang).matches() && !texts.containsKey(lang))
        .sorted()
        .forEach(
            lang -> {
              String value = text(prefix + lang);
              if (!value.isEmpty()) {
                texts.put(lang, value);
              }
            });
    return texts;
  }

  private boolean checked(String name) {
    return !text(name).isEmpty();
  }

  private String text(String name) {
    List<String> all = values(name);
    return all.isEmpty() ? "" : all.get(0).strip();
  }

  private List<String> values(String name) {
    Object field = fields.get(name);
    if (field == null) {
      return List.of();
    }
    if (field instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(field));
  }

  private static int index(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

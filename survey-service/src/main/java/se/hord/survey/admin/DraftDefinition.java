package se.hord.survey.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.hord.platform.web.Problem.Violation;

/**
 * Turns a {@link Draft} into a survey definition as a JSON-shaped map (the same shape the API
 * takes, so it goes through the same reading and checks), and a stored definition back into a
 * draft. "Other, namely" is written natively, as an option with {@code "other": true}; the older
 * pair of an option {@code other} and a free-text question {@code <key>_other} shown when it is
 * chosen (the XLSForm shape) is read as the question's "other" box, so saving turns it native.
 */
final class DraftDefinition {
  static final String OTHER = "other";
  private static final Set<String> SURVEY_FIELDS =
      Set.of(
          "title",
          "description",
          "municipality",
          "languages",
          "smsKeyword",
          "minAge",
          "maxAge",
          "questions",
          "sections",
          "guardianConsent",
          "contact");
  private static final Set<String> QUESTION_FIELDS =
      Set.of(
          "key",
          "type",
          "text",
          "required",
          "scale",
          "lowLabel",
          "highLabel",
          "min",
          "max",
          "maxLength",
          "options",
          "showIf",
          "role",
          "dimension",
          "section");
  private static final Set<String> OPTION_FIELDS = Set.of("key", "text", "other");
  private static final Pattern QUESTION_PATH = Pattern.compile("questions\\[(\\d+)](.*)");
  private static final Pattern OPTION_PATH = Pattern.compile("\\.options\\[(\\d+)]");
  private static final Pattern SECTION_PATH = Pattern.compile("sections\\[(\\d+)](.*)");

  private final Extras extras;
  private final List<Violation> problems = new ArrayList<>();

  /** For each question of the definition, the editor field it came from ({@code q.2}). */
  private final List<String> origins = new ArrayList<>();

  /**
   * For each question of the definition, how many options the editor shows (the rest is "other").
   */
  private final List<Integer> shownOptions = new ArrayList<>();

  DraftDefinition(Extras extras) {
    this.extras = extras;
  }

  /** Problems found while reading the form (numbers that are not numbers), by editor field. */
  List<Violation> problems() {
    return problems;
  }

  /** The definition the draft describes. */
  Map<String, Object> definition(Draft draft) {
    Map<String, Object> d = new LinkedHashMap<>(extras.read((String) draft.survey.get("extra")));
    d.put("title", draft.survey.get("title"));
    putIfAny(d, "description", Draft.texts(draft.survey, "description"));
    d.put("municipality", draft.survey.get("municipality"));
    d.put("languages", draft.languages());
    String keyword = (String) draft.survey.get("smsKeyword");
    if (!keyword.isEmpty()) {
      d.put("smsKeyword", keyword);
    }
    putNumber(d, "minAge", draft.survey, "minAge", true, "");
    putNumber(d, "maxAge", draft.survey, "maxAge", true, "");
    String mode = (String) draft.survey.get("guardianMode");
    if (!mode.isEmpty()) {
      Map<String, Object> consent = new LinkedHashMap<>();
      consent.put("mode", mode);
      putIfAny(consent, "text", Draft.texts(draft.survey, "guardianText"));
      d.put("guardianConsent", consent);
    }
    putIfAny(d, "contact", Draft.texts(draft.survey, "contact"));
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Map<String, Object> s : draft.sections) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("key", s.get("key"));
      section.put("title", s.get("title"));
      sections.add(section);
    }
    if (!sections.isEmpty()) {
      d.put("sections", sections);
    }
    List<Map<String, Object>> questions = new ArrayList<>();
    for (int i : inSectionOrder(draft)) {
      Map<String, Object> q = draft.questions.get(i);
      questions.add(question(q, "q." + i + ".", draft));
      origins.add("q." + i);
      shownOptions.add(Draft.options(q).size());
    }
    d.put("questions", questions);
    return d;
  }

  /**
   * The questions' indexes with the questions of each section together, in the sections' order (the
   * form's pages), otherwise as the official placed them. When a question has no section or an
   * unknown one the order is kept, and the checks say which.
   */
  private static List<Integer> inSectionOrder(Draft draft) {
    List<Object> keys = draft.sections.stream().map(s -> s.get("key")).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < draft.questions.size(); i++) {
      order.add(i);
    }
    if (!keys.isEmpty()
        && draft.questions.stream().allMatch(q -> keys.contains(q.get("section")))) {
      order.sort(
          (a, b) ->
              keys.indexOf(draft.questions.get(a).get("section"))
                  - keys.indexOf(draft.questions.get(b).get("section")));
    }
    return order;
  }

  /**
   * The editor field a problem of the definition belongs to: {@code questions[2].options[1].key} is
   * {@code q.2.o.1.key}, {@code sections[1].title.sv} is {@code s.1.title.sv}; the "other, namely"
   * option the question's box adds is that box ({@code q.2.other}).
   */
  String field(String path) {
    Matcher section = SECTION_PATH.matcher(path);
    if (section.matches()) {
      return "s." + section.group(1) + section.group(2);
    }
    if (path.startsWith("guardianConsent.text")) {
      return path.replace("guardianConsent.text", "guardianText");
    }
    if (path.startsWith("guardianConsent")) {
      return "guardianMode";
    }
    Matcher m = QUESTION_PATH.matcher(path);
    if (!m.matches()) {
      return path.replaceAll("\\[\\d+]$", "");
    }
    int index = Integer.parseInt(m.group(1));
    if (index >= origins.size()) {
      return "questions";
    }
    String origin = origins.get(index);
    Matcher option = OPTION_PATH.matcher(m.group(2));
    if (option.lookingAt() && Integer.parseInt(option.group(1)) >= shownOptions.get(index)) {
      return origin + ".other";
    }
    String rest = option.replaceAll(".o.$1");
    if (rest.startsWith(".in") || rest.startsWith(".showIf.equals") || rest.equals(".showIf.in")) {
      rest = ".showIf.value";
    }
    return origin + rest;
  }

  private Map<String, Object> question(Map<String, Object> q, String p, Draft draft) {
    Map<String, Object> out = new LinkedHashMap<>(extras.read((String) q.get("extra")));
    String type = (String) q.get("type");
    out.put("key", q.get("key"));
    out.put("type", type);
    out.put("text", q.get("text"));
    String section = (String) q.get("section");
    if (!section.isEmpty()) {
      out.put("section", section);
    }
    if (Boolean.TRUE.equals(q.get("required"))) {
      out.put("required", true);
    }
    if (Boolean.TRUE.equals(q.get("background"))) {
      out.put("role", "background");
      String dimension = (String) q.get("dimension");
      if (!dimension.isEmpty()) {
        out.put("dimension", dimension);
      }
    }
    switch (type) {
      case "single_choice", "multi_choice" -> {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Map<String, Object> o : Draft.options(q)) {
          Map<String, Object> option = new LinkedHashMap<>(extras.read((String) o.get("extra")));
          option.put("key", o.get("key"));
          option.put("text", o.get("text"));
          if (Boolean.TRUE.equals(o.get("other"))) {
            option.put("other", true);
          }
          options.add(option);
        }
        if (Boolean.TRUE.equals(q.get("other"))) {
          options.add(Map.of("key", OTHER, "text", otherLabel(q), "other", true));
        }
        out.put("options", options);
      }
      case "likert" -> {
        putNumber(out, "scale", q, "scale", true, p);
        putIfAny(out, "lowLabel", Draft.texts(q, "lowLabel"));
        putIfAny(out, "highLabel", Draft.texts(q, "highLabel"));
      }
      case "number" -> {
        putNumber(out, "min", q, "min", false, p);
        putNumber(out, "max", q, "max", false, p);
      }
      case "free_text" -> putNumber(out, "maxLength", q, "maxLength", true, p);
      default -> {}
    }
    Map<String, Object> showIf = showIf(q, draft, p);
    if (showIf != null) {
      out.put("showIf", showIf);
    }
    return out;
  }

  private Map<String, Object> showIf(Map<String, Object> q, Draft draft, String p) {
    String source = (String) q.get("showIfQuestion");
    if (source.isEmpty()) {
      return null;
    }
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("question", source);
    String op = (String) q.get("showIfOp");
    String sourceType =
        draft.questions.stream()
            .filter(other -> source.equals(other.get("key")))
            .map(other -> (String) other.get("type"))
            .findFirst()
            .orElse("");
    List<Object> values =
        Arrays.stream(((String) q.get("showIfValue")).split(","))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .map(v -> value(v, sourceType))
            .collect(Collectors.toCollection(ArrayList::new));
    switch (op) {
      case "answered" -> rule.put("answered", true);
      case "notAnswered" -> rule.put("answered", false);
      case "in" -> rule.put("in", values);
      default -> {
        if (values.size() == 1) {
          rule.put("equals", values.get(0));
        } else {
          problems.add(
              new Violation(
                  p + "showIf.value",
                  "Skriv exakt ett svar att jämföra med. (Write exactly one answer to compare"
                      + " with.)"));
        }
      }
    }
    return rule;
  }

  /** Numbers for scales and number questions, the text otherwise (option codes). */
  private static Object value(String text, String sourceType) {
    if (sourceType.equals("likert") || sourceType.equals("number")) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException notANumber) {
        return text;
      }
    }
    return text;
  }

  private static Map<String, String> otherLabel(Map<String, Object> q) {
    Map<String, String> label = Draft.texts(q, "otherText");
    return label.isEmpty() ? Map.of("sv", "Annat, nämligen", "en", "Other, namely") : label;
  }

  private void putNumber(
      Map<String, Object> out,
      String name,
      Map<String, Object> from,
      String field,
      boolean whole,
      String prefix) {
    String text = (String) from.get(field);
    if (text.isEmpty()) {
      return;
    }
    try {
      BigDecimal number = new BigDecimal(text.replace(',', '.'));
      out.put(name, whole ? number.intValueExact() : number);
    } catch (NumberFormatException | ArithmeticException notANumber) {
      problems.add(
          new Violation(
              prefix + field,
              whole
                  ? "Skriv ett heltal, t.ex. 5. (Write a whole number, e.g. 5.)"
                  : "Skriv ett tal, t.ex. 5 eller 2.5. (Write a number, e.g. 5 or 2.5.)"));
    }
  }

  private static void putIfAny(Map<String, Object> out, String name, Map<String, String> texts) {
    if (!texts.isEmpty()) {
      out.put(name, texts);
    }
  }

  /** The draft the editor shows for a stored definition (read as a JSON map). */
  static Draft draft(Map<String, Object> d, Extras extras) {
    Draft draft = new Draft();
    draft.survey.put("title", strings(d.get("title")));
    draft.survey.put("description", strings(d.get("description")));
    draft.survey.put("municipality", text(d.get("municipality")));
    if (d.get("languages") instanceof List<?> languages) {
      draft.survey.put(
          "languages", new ArrayList<>(languages.stream().map(String::valueOf).toList()));
    }
    draft.survey.put("smsKeyword", text(d.get("smsKeyword")));
    draft.survey.put("minAge", text(d.get("minAge")));
    draft.survey.put("maxAge", text(d.get("maxAge")));
    if (d.get("guardianConsent") instanceof Map<?, ?> consent) {
      draft.survey.put("guardianMode", text(consent.get("mode")));
      draft.survey.put("guardianText", strings(consent.get("text")));
    }
    draft.survey.put("contact", strings(d.get("contact")));
    for (Map<String, Object> s : maps(d.get("sections"))) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("key", text(s.get("key")));
      section.put("title", strings(s.get("title")));
      draft.sections.add(section);
    }
    draft.survey.put("extra", extras.write(d, SURVEY_FIELDS));
    List<Map<String, Object>> stored = maps(d.get("questions"));
    for (int i = 0; i < stored.size(); i++) {
      Map<String, Object> q = stored.get(i);
      Map<String, Object> next = i + 1 < stored.size() ? stored.get(i + 1) : Map.of();
      Map<String, Object> edited = question(draft, q, extras);
      if (isOtherOf(next, q)) {
        edited.put("other", true);
        Map<String, String> label =
            Draft.options(edited).stream()
                .filter(o -> OTHER.equals(o.get("key")))
                .map(o -> Draft.texts(o, "text"))
                .filter(texts -> !texts.isEmpty())
                .findFirst()
                .orElse(strings(next.get("text")));
        edited.put("otherText", label);
        Draft.options(edited).removeIf(o -> OTHER.equals(o.get("key")));
        i++;
      } else {
        nativeOtherAsBox(edited);
      }
      draft.questions.add(edited);
    }
    return draft;
  }

  private static Map<String, Object> question(Draft draft, Map<String, Object> q, Extras extras) {
    Map<String, Object> edited = draft.newQuestion(text(q.get("type")));
    edited.put("type", text(q.get("type")));
    edited.put("key", text(q.get("key")));
    edited.put("text", strings(q.get("text")));
    edited.put("section", text(q.get("section")));
    edited.put("required", Boolean.TRUE.equals(q.get("required")));
    edited.put("background", "background".equals(q.get("role")));
    edited.put("dimension", text(q.get("dimension")));
    for (String field : List.of("scale", "min", "max", "maxLength")) {
      edited.put(field, text(q.get(field)));
    }
    edited.put("lowLabel", strings(q.get("lowLabel")));
    edited.put("highLabel", strings(q.get("highLabel")));
    for (Map<String, Object> o : maps(q.get("options"))) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("key", text(o.get("key")));
      option.put("text", strings(o.get("text")));
      option.put("other", Boolean.TRUE.equals(o.get("other")));
      option.put("extra", extras.write(o, OPTION_FIELDS));
      Draft.options(edited).add(option);
    }
    if (q.get("showIf") instanceof Map<?, ?> rule) {
      edited.put("showIfQuestion", text(rule.get("question")));
      if (rule.get("answered") != null) {
        edited.put(
            "showIfOp", Boolean.TRUE.equals(rule.get("answered")) ? "answered" : "notAnswered");
      } else if (rule.get("in") instanceof List<?> in) {
        edited.put("showIfOp", "in");
        edited.put(
            "showIfValue",
            in.stream().map(DraftDefinition::text).collect(Collectors.joining(", ")));
      } else {
        edited.put("showIfOp", "equals");
        edited.put("showIfValue", text(rule.get("equals")));
      }
    }
    edited.put("extra", extras.write(q, QUESTION_FIELDS));
    return edited;
  }

  /**
   * A native "other" option keyed {@code other} at the end, as the question's box writes it, is
   * shown as that box again; any other native "other" option keeps its own tick.
   */
  private static void nativeOtherAsBox(Map<String, Object> edited) {
    List<Map<String, Object>> options = Draft.options(edited);
    if (options.isEmpty()) {
      return;
    }
    Map<String, Object> last = options.get(options.size() - 1);
    if (OTHER.equals(last.get("key"))
        && Boolean.TRUE.equals(last.get("other"))
        && "".equals(last.get("extra"))) {
      edited.put("other", true);
      edited.put("otherText", last.get("text"));
      options.remove(options.size() - 1);
    }
  }

  /** True when {@code next} is the legacy "other, namely" text question of {@code q}. */
  private static boolean isOtherOf(Map<String, Object> next, Map<String, Object> q) {
    return (q.get("key") + "_" + OTHER).equals(next.get("key"))
        && "free_text".equals(next.get("type"))
        && next.get("showIf") instanceof Map<?, ?> rule
        && String.valueOf(q.get("key")).equals(rule.get("question"))
        && maps(q.get("options")).stream().anyMatch(o -> OTHER.equals(o.get("key")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object list) {
    if (!(list instanceof List<?> items)) {
      return List.of();
    }
    return items.stream()
        .filter(Map.class::isInstance)
        .map(item -> (Map<String, Object>) item)
        .toList();
  }

  private static Map<String, String> strings(Object texts) {
    Map<String, String> out = new LinkedHashMap<>();
    if (texts instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    return out;
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}

package se.hord.survey.xlsform;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.hord.platform.web.Problem.Violation;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.ShowIf;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.xlsform.FormReader.Row;

/**
 * Maps an XLSForm's {@code survey}, {@code choices} and {@code settings} sheets to a survey
 * definition. What cannot be mapped is listed per row ({@code unmapped}); what makes the form
 * unusable (no survey sheet, a question without a valid name, an unknown choice list) is a problem.
 */
final class XlsFormMapper {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,63}");
  private static final Set<String> NOT_QUESTIONS =
      Set.of(
          "start",
          "end",
          "today",
          "deviceid",
          "username",
          "simserial",
          "subscriberid",
          "phonenumber",
          "audit",
          "calculate",
          "hidden",
          "start-geopoint",
          "email");

  private final List<String> unmapped = new ArrayList<>();
  private final List<Violation> problems = new ArrayList<>();
  private final Map<String, Question> questions = new LinkedHashMap<>();
  private final Map<String, List<Row>> sheets;
  private final String defaultLanguage;

  /** The outcome: a definition (when no problems), what was left out, and the problems. */
  record Mapped(SurveyDefinition definition, List<String> unmapped, List<Violation> problems) {}

  private XlsFormMapper(Map<String, List<Row>> sheets) {
    this.sheets = sheets;
    Row settings = sheets.getOrDefault("settings", List.of()).stream().findFirst().orElse(null);
    String language = settings == null ? "" : settings.get("default_language");
    this.defaultLanguage = Languages.code(language).orElse("sv");
  }

  /** Maps the sheets of a form; {@code fallbackTitle} when the settings have no form_title. */
  static Mapped map(Map<String, List<Row>> sheets, String municipality, String fallbackTitle) {
    return new XlsFormMapper(sheets).run(municipality, fallbackTitle);
  }

  private Mapped run(String municipality, String fallbackTitle) {
    if (!sheets.containsKey("survey")) {
      problems.add(
          new Violation("survey", "Filen saknar bladet survey. (The file has no survey sheet.)"));
      return new Mapped(null, unmapped, problems);
    }
    Choices choices =
        new Choices(sheets.getOrDefault("choices", List.of()), defaultLanguage, problems, unmapped);
    for (Row row : sheets.get("survey")) {
      mapRow(row, choices);
    }
    if (problems.isEmpty() && questions.isEmpty()) {
      problems.add(
          new Violation(
              "survey", "Inga frågor gick att föra över. (No question could be imported.)"));
    }
    Map<String, String> title = new LinkedHashMap<>();
    sheets.getOrDefault("settings", List.of()).stream()
        .findFirst()
        .map(s -> Languages.texts(s, "form_title", defaultLanguage))
        .ifPresent(title::putAll);
    if (title.isEmpty()) {
      title.put(defaultLanguage, fallbackTitle);
    }
    SwedishFallback fallback = new SwedishFallback(defaultLanguage);
    Map<String, String> swedishTitle = fallback.text(title);
    List<Question> list = questions.values().stream().map(fallback::question).toList();
    fallback.report(unmapped);
    SurveyDefinition definition =
        new SurveyDefinition(
            swedishTitle, null, municipality, fallback.languages(list), null, null, null, list);
    return new Mapped(definition, unmapped, problems);
  }

  private void mapRow(Row row, Choices choices) {
    String type = row.get("type").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String name = row.get("name");
    if (type.isEmpty()) {
      if (!name.isEmpty()) {
        unmapped.add(at(row) + "'" + name + "' has no type and is left out");
      }
      return;
    }
    String[] words = type.split(" ");
    switch (words[0]) {
      case "begin", "begin_group", "begin_repeat", "end", "end_group", "end_repeat" -> {
        if (words[0].startsWith("begin")) {
          unmapped.add(
              at(row)
                  + "'"
                  + type
                  + " "
                  + name
                  + "': groups are not kept as sections;"
                  + " their questions are imported in order"
                  + (type.contains("repeat") ? ", asked once" : ""));
        } else if (words[0].equals("end") && words.length == 1) {
          unmapped.add(at(row) + "metadata 'end' skipped (not a question)");
        }
        return;
      }
      case "note" -> {
        unmapped.add(at(row) + "note '" + name + "' skipped (notes are not questions)");
        return;
      }
      default -> {}
    }
    if (NOT_QUESTIONS.contains(words[0])) {
      unmapped.add(at(row) + type + " '" + name + "' skipped (not a question)");
      return;
    }
    QuestionRow question = QuestionRow.of(words, row, choices, defaultLanguage);
    if (question == null) {
      unmapped.add(at(row) + "type '" + type + "' cannot be mapped; '" + name + "' left out");
      return;
    }
    if (!KEY.matcher(name).matches()) {
      problems.add(
          new Violation(
              path(row),
              "namnet '" + name + "' är inte giltigt (the name must be letters, digits, _ or -)"));
      return;
    }
    if (questions.containsKey(name)) {
      problems.add(new Violation(path(row), "namnet '" + name + "' finns redan (duplicate name)"));
      return;
    }
    if (question.listName() != null && question.options() == null) {
      problems.add(
          new Violation(
              path(row),
              "valistan '" + question.listName() + "' finns inte i choices (unknown choice list)"));
      return;
    }
    ShowIf showIf = null;
    String relevant =
        row.get("relevant").isEmpty() ? row.get("bind:relevant") : row.get("relevant");
    if (!relevant.isEmpty()) {
      showIf = Relevance.map(relevant, questions).orElse(null);
      if (showIf == null) {
        unmapped.add(
            at(row)
                + "relevant '"
                + relevant
                + "' cannot be expressed; the question is always shown");
      }
    }
    question.notes().forEach(n -> unmapped.add(at(row) + n));
    Question q = question.toQuestion(name, showIf);
    questions.put(name, q);
    if (question.orOther()) {
      Question other = QuestionRow.other(q);
      if (questions.containsKey(other.key())) {
        problems.add(
            new Violation(path(row), "namnet '" + other.key() + "' finns redan (duplicate name)"));
      } else {
        questions.put(other.key(), other);
      }
    }
  }

  static String path(Row row) {
    return "row " + row.number();
  }

  static String at(Row row) {
    return "row " + row.number() + ": ";
  }

  /** The choice lists of the choices sheet, by list name. */
  static final class Choices {
    private final Map<String, List<Option>> lists = new LinkedHashMap<>();

    Choices(List<Row> rows, String defaultLanguage, List<Violation> problems, List<String> notes) {
      for (Row row : rows) {
        String list = row.get("list_name").isEmpty() ? row.get("list name") : row.get("list_name");
        String name = row.get("name");
        if (list.isEmpty() && name.isEmpty()) {
          continue;
        }
        String key = safeKey(name);
        if (key.isEmpty()) {
          problems.add(
              new Violation(path(row), "valet i listan '" + list + "' saknar namn (no name)"));
          continue;
        }
        if (!key.equals(name)) {
          notes.add(at(row) + "choice '" + name + "' in list '" + list + "' renamed '" + key + "'");
        }
        List<Option> options = lists.computeIfAbsent(list, l -> new ArrayList<>());
        if (options.stream().anyMatch(o -> o.key().equals(key))) {
          notes.add(at(row) + "choice '" + key + "' is in list '" + list + "' twice; kept once");
          continue;
        }
        Map<String, String> text = Languages.texts(row, "label", defaultLanguage);
        options.add(new Option(key, text.isEmpty() ? Map.of(defaultLanguage, name) : text));
      }
    }

    List<Option> list(String name) {
      return lists.get(name);
    }
  }

  /** A choice name as one of our keys: ä/ö/ü/å/ß spelt out, other characters as _. */
  static String safeKey(String name) {
    String spelt =
        name.trim()
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("å", "aa")
            .replace("ß", "ss");
    String key =
        Normalizer.normalize(spelt, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9_-]", "_")
            .replaceFirst("^-", "_");
    return key.length() > 64 ? key.substring(0, 64) : key;
  }

  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

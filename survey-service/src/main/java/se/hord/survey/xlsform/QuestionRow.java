package se.hord.survey.xlsform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.ShowIf;
import se.hord.survey.xlsform.FormReader.Row;

/** One question row of an XLSForm read into our terms; {@code notes} says what was approximated. */
record QuestionRow(
    String type,
    Map<String, String> text,
    boolean required,
    BigDecimal min,
    BigDecimal max,
    Integer maxLength,
    List<Option> options,
    String listName,
    boolean orOther,
    List<String> notes) {
  private static final Pattern BOUND = Pattern.compile("\\.\\s*(>=|<=|>|<)\\s*(-?[0-9.]+)");
  private static final Pattern LENGTH =
      Pattern.compile("string-length\\(\\s*\\.\\s*\\)\\s*(<=|<)\\s*([0-9]+)");

  /** The row as a question, or null when its type has no counterpart. */
  static QuestionRow of(String[] words, Row row, XlsFormMapper.Choices choices, String language) {
    Map<String, String> text = Languages.texts(row, "label", language);
    if (text.isEmpty()) {
      text = Map.of(language, row.get("name"));
    }
    String required =
        row.get("required").isEmpty() ? row.get("bind:required") : row.get("required");
    boolean isRequired = required.toLowerCase(Locale.ROOT).matches("yes|true|true\\(\\)|1");
    String constraint =
        row.get("constraint").isEmpty() ? row.get("bind:constraint") : row.get("constraint");
    List<String> notes = new ArrayList<>();
    String first = words[0];
    String type = String.join(" ", words);
    boolean single = first.equals("select_one") || type.startsWith("select one from ");
    boolean multi =
        first.equals("select_multiple")
            || type.startsWith("select all that apply from ")
            || type.startsWith("select multiple from ");
    if (single || multi) {
      List<String> w = Arrays.asList(words);
      String list =
          first.startsWith("select_") ? (words.length > 1 ? words[1] : "") : after(w, "from");
      boolean other = w.contains("or_other") || type.endsWith("or specify other");
      if (!row.get("choice_filter").isEmpty()) {
        notes.add(
            "choice_filter '" + row.get("choice_filter") + "' ignored: every choice is shown");
      }
      if (!constraint.isEmpty()) {
        notes.add("constraint '" + constraint + "' cannot be expressed");
      }
      return new QuestionRow(
          single ? "single_choice" : "multi_choice",
          text,
          isRequired,
          null,
          null,
          null,
          choices.list(list),
          list,
          other,
          notes);
    }
    return switch (first) {
      case "integer", "int", "decimal", "range" -> {
        BigDecimal[] bounds = bounds(constraint, first.equals("decimal"), notes);
        if (first.equals("range")) {
          notes.add("range shown as a number question");
        }
        yield new QuestionRow(
            "number", text, isRequired, bounds[0], bounds[1], null, null, null, false, notes);
      }
      case "text", "string" -> {
        Integer maxLength = null;
        Matcher m = LENGTH.matcher(constraint);
        if (m.matches()) {
          maxLength = Integer.parseInt(m.group(2)) - (m.group(1).equals("<") ? 1 : 0);
        } else if (!constraint.isEmpty()) {
          notes.add("constraint '" + constraint + "' cannot be expressed");
        }
        yield new QuestionRow(
            "free_text", text, isRequired, null, null, maxLength, null, null, false, notes);
      }
      default -> null;
    };
  }

  /** The question with this key and skip logic. */
  Question toQuestion(String key, ShowIf showIf) {
    List<Option> all = options;
    if (orOther && options != null) {
      all = new ArrayList<>(options);
      all.add(new Option("other", Map.of("sv", "Annat", "en", "Other")));
    }
    return new Question(
        key, type, text, required, null, null, null, min, max, maxLength, all, showIf, null, null);
  }

  /** The "other, namely" free-text question that follows a choice with or_other. */
  static Question other(Question choice) {
    return new Question(
        choice.key() + "_other",
        "free_text",
        Map.of("sv", "Annat, nämligen:", "en", "Other, namely:"),
        false,
        null,
        null,
        null,
        null,
        null,
        500,
        null,
        new ShowIf(choice.key(), "other", null, null),
        null,
        null);
  }

  private static String after(List<String> words, String word) {
    int i = words.indexOf(word);
    return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : "";
  }

  /** min/max from {@code . >= a and . <= b}; a strict bound on integers moves by one. */
  private static BigDecimal[] bounds(String constraint, boolean decimal, List<String> notes) {
    BigDecimal[] bounds = new BigDecimal[2];
    if (constraint.isEmpty()) {
      return bounds;
    }
    for (String part : constraint.split("\\s+and\\s+")) {
      Matcher m = BOUND.matcher(part.trim());
      BigDecimal value = m.matches() ? XlsFormMapper.decimal(m.group(2)) : null;
      if (value == null) {
        notes.add("constraint '" + constraint + "' cannot be expressed");
        return new BigDecimal[2];
      }
      String op = m.group(1);
      boolean strict = op.length() == 1;
      if (strict && decimal) {
        notes.add(
            "constraint '" + part.trim() + "' kept as " + op + "= (bounds include the limit)");
      }
      BigDecimal step = strict && !decimal ? BigDecimal.ONE : BigDecimal.ZERO;
      if (op.startsWith(">")) {
        bounds[0] = value.add(step);
      } else {
        bounds[1] = value.subtract(step);
      }
    }
    return bounds;
  }
}

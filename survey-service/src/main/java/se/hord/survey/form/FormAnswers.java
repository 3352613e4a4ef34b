package se.hord.survey.form;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.SurveyDefinition;

/**
 * Reads the answers out of a posted form: field {@code a.<key>} per question, several values for a
 * multi-choice question, numbers as typed (the answer check turns them into numbers), and {@code
 * a.<key>_other} for an "other, namely" text.
 */
final class FormAnswers {
  static final String PREFIX = "a.";

  private FormAnswers() {}

  static Map<String, Object> read(SurveyDefinition definition, Map<String, Object> form) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question question : definition.questionList()) {
      List<String> values = values(form.get(PREFIX + question.key()));
      if (values.isEmpty()) {
        continue;
      }
      if (question.kind() == QuestionType.MULTI_CHOICE) {
        answers.put(question.key(), values);
      } else {
        answers.put(question.key(), values.get(0));
      }
      List<String> other = values(form.get(PREFIX + question.otherKey()));
      if (!other.isEmpty() && question.otherOption().isPresent()) {
        answers.put(question.otherKey(), other.get(0));
      }
    }
    return answers;
  }

  /**
   * The saved fields with those of these questions replaced by what was posted now: a page's
   * fields, including its "other, namely" texts.
   */
  static Map<String, List<String>> merge(
      List<Question> page, Map<String, List<String>> saved, Map<String, Object> posted) {
    Map<String, List<String>> fields = new LinkedHashMap<>(saved);
    for (Question question : page) {
      for (String name : List.of(PREFIX + question.key(), PREFIX + question.otherKey())) {
        fields.remove(name);
        List<String> values = values(posted.get(name));
        if (!values.isEmpty()) {
          fields.put(name, values);
        }
      }
    }
    return fields;
  }

  /** The values of one form field: none, one, or several. */
  static List<String> values(Object field) {
    if (field == null) {
      return List.of();
    }
    if (field instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).filter(v -> !v.isBlank()).toList();
    }
    String one = String.valueOf(field);
    return one.isBlank() ? List.of() : List.of(one);
  }

  /** A single text value of a form field, or null. */
  static String text(Map<String, Object> form, String name) {
    List<String> values = values(form.get(name));
    return values.isEmpty() ? null : values.get(0);
  }
}

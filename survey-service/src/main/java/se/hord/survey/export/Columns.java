package se.hord.survey.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.results.StoredAnswers.Stored;

/**
 * The columns of an export: the date and channel, then per question its code column ({@code
 * <key>}), a label column for choices ({@code <key>_label}), and for multi choice one 0/1 column
 * per option ({@code <key>_<option>}), and the "other, namely" text ({@code <key>_other}) where the
 * question has one. Values are strings, numbers or null (no answer).
 */
record Columns(List<String> headers, List<Function<Stored, Object>> values) {

  /** The columns of this survey. */
  static Columns of(SurveyDefinition definition) {
    List<String> headers = new ArrayList<>(List.of("date", "channel"));
    List<Function<Stored, Object>> values = new ArrayList<>();
    values.add(s -> s.answeredOn().toString());
    values.add(Stored::channel);
    for (Question q : definition.questionList()) {
      String key = q.key();
      if (q.kind() == QuestionType.MULTI_CHOICE) {
        for (Option o : q.optionList()) {
          headers.add(key + "_" + o.key());
          values.add(
              s ->
                  s.answers().get(key) instanceof Collection<?> c
                      ? (c.contains(o.key()) ? 1 : 0)
                      : null);
        }
      } else {
        headers.add(key);
        values.add(s -> s.answers().get(key));
      }
      if (q.kind() == QuestionType.SINGLE_CHOICE || q.kind() == QuestionType.YES_NO) {
        headers.add(key + "_label");
        values.add(s -> label(q, s.answers()));
      }
      if (q.otherOption().isPresent()) {
        headers.add(q.otherKey());
        values.add(s -> s.answers().get(q.otherKey()));
      }
    }
    return new Columns(List.copyOf(headers), List.copyOf(values));
  }

  /** The values of one response, in column order. */
  List<Object> row(Stored stored) {
    return values.stream().map(v -> v.apply(stored)).toList();
  }

  private static Object label(Question q, Map<String, Object> answers) {
    Object value = answers.get(q.key());
    if (value == null) {
      return null;
    }
    if (q.kind() == QuestionType.YES_NO) {
      return "yes".equals(value) ? "Ja" : "Nej";
    }
    return q.option(String.valueOf(value)).map(o -> o.label("sv")).orElse(null);
  }
}

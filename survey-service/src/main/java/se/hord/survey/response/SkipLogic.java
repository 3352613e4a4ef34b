package se.hord.survey.response;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.ShowIf;

/** Decides whether a question is shown, given the answers to the questions before it. */
final class SkipLogic {
  private SkipLogic() {}

  /** True when the question has no condition or its condition holds for these answers. */
  static boolean shown(Question question, Map<String, Object> earlierAnswers) {
    ShowIf rule = question.showIf();
    if (rule == null) {
      return true;
    }
    Object answer = earlierAnswers.get(rule.question());
    if (rule.answered() != null) {
      return rule.answered() == (answer != null);
    }
    if (answer == null) {
      return false;
    }
    List<Object> wanted = rule.in() != null ? rule.in() : List.of(rule.equalTo());
    Collection<?> given = answer instanceof Collection<?> many ? many : List.of(answer);
    return given.stream().anyMatch(g -> wanted.stream().anyMatch(w -> same(g, w)));
  }

  private static boolean same(Object a, Object b) {
    return canonical(a).equals(canonical(b));
  }

  /** One spelling per value: 4 and 4.0 and "4" match, true matches "yes". */
  static String canonical(Object value) {
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    String text = String.valueOf(value);
    try {
      return new BigDecimal(text.trim()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return text;
    }
  }
}

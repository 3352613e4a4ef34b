package se.hord.survey.response;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hord.platform.web.Problem.Violation;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.SurveyDefinition;

/**
 * The web's answer rules for other channels (SMS): the same check of one answer and the same skip
 * logic, so a question is asked and accepted the same way everywhere.
 */
public final class Answers {
  private Answers() {}

  /** The answer normalised as it would be stored, or empty when the question would refuse it. */
  public static Optional<Object> accepted(Question question, Object value) {
    return AnswerValidator.one(question, value);
  }

  /** Every problem with these answers (by {@code answers.<key>}), as a submit would list them. */
  public static List<Violation> problems(SurveyDefinition definition, Map<String, Object> given) {
    return AnswerValidator.check(definition, given).problems();
  }

  /** The answers as they would be stored (hidden and bad ones left out), and every problem. */
  public static CheckedAnswers check(SurveyDefinition definition, Map<String, Object> answers) {
    return AnswerValidator.check(definition, answers);
  }

  /** The one spelling of a value that skip logic compares: 4 and 4.0 and "4" match, true is yes. */
  public static String canonical(Object value) {
    return SkipLogic.canonical(value);
  }

  /** True when the question is shown, given the answers to the questions before it. */
  public static boolean shown(Question question, Map<String, Object> earlierAnswers) {
    return SkipLogic.shown(question, earlierAnswers);
  }
}

package se.hord.survey.response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hord.platform.web.Problem.Violation;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.SurveyDefinition;

/**
 * Checks one person's answers against a survey definition. Answers to questions hidden by skip
 * logic are dropped, and a hidden question is never required.
 */
final class AnswerValidator {
  private final List<Violation> problems = new ArrayList<>();
  private final Map<String, Object> accepted = new LinkedHashMap<>();

  private AnswerValidator() {}

  static CheckedAnswers check(SurveyDefinition definition, Map<String, Object> given) {
    Map<String, Object> answers = given == null ? Map.of() : given;
    AnswerValidator validator = new AnswerValidator();
    for (String key : answers.keySet()) {
      if (definition.question(key).isEmpty() && !isOtherText(definition, key)) {
        validator.problem(
            key, "Den här frågan finns inte i enkäten. (This question is not in the survey.)");
      }
    }
    for (Question question : definition.questionList()) {
      if (SkipLogic.shown(question, validator.accepted)) {
        validator.accept(question, answers.get(question.key()));
        validator.acceptOther(question, answers.get(question.otherKey()));
      }
    }
    return new CheckedAnswers(validator.accepted, validator.problems);
  }

  /** One answer to one shown question, normalised; empty when it is not acceptable. */
  static java.util.Optional<Object> one(Question question, Object value) {
    AnswerValidator validator = new AnswerValidator();
    validator.accept(question, value);
    return validator.problems.isEmpty()
        ? java.util.Optional.ofNullable(validator.accepted.get(question.key()))
        : java.util.Optional.empty();
  }

  private void accept(Question question, Object value) {
    if (blank(value)) {
      if (question.isRequired()) {
        problem(question.key(), "Svara på den här frågan. (Please answer this question.)");
      }
      return;
    }
    Object normalised =
        switch (question.kind()) {
          case SINGLE_CHOICE -> singleChoice(question, value);
          case MULTI_CHOICE -> multiChoice(question, value);
          case LIKERT -> likert(question, value);
          case NUMBER -> number(question, value);
          case YES_NO -> yesNo(question, value);
          case FREE_TEXT -> freeText(question, value);
        };
    if (normalised != null) {
      accepted.put(question.key(), normalised);
    }
  }

  /** The "other, namely" text, kept only when the other option was chosen. */
  private void acceptOther(Question question, Object value) {
    Object chosen = accepted.get(question.key());
    boolean other =
        question
            .otherOption()
            .map(
                o ->
                    chosen instanceof Collection<?> c
                        ? c.contains(o.key())
                        : o.key().equals(chosen))
            .orElse(false);
    if (!other || blank(value)) {
      return;
    }
    if (!(value instanceof String text) || text.strip().length() > Question.OTHER_MAX_LENGTH) {
      problem(
          question.key(),
          "Skriv högst "
              + Question.OTHER_MAX_LENGTH
              + " tecken om ”annat”. (Write at most "
              + Question.OTHER_MAX_LENGTH
              + " characters about \"other\".)");
      return;
    }
    accepted.put(question.otherKey(), text.strip());
  }

  private static boolean isOtherText(SurveyDefinition definition, String key) {
    return key.endsWith(Question.OTHER_SUFFIX)
        && definition
            .question(key.substring(0, key.length() - Question.OTHER_SUFFIX.length()))
            .flatMap(Question::otherOption)
            .isPresent();
  }

  private Object singleChoice(Question question, Object value) {
    if (value instanceof String key && question.option(key).isPresent()) {
      return key;
    }
    return problem(question.key(), "Välj ett av alternativen. (Choose one of the options.)");
  }

  private Object multiChoice(Question question, Object value) {
    if (value instanceof Collection<?> keys) {
      Set<String> chosen = new LinkedHashSet<>();
      for (Object key : keys) {
        if (!(key instanceof String k) || question.option(k).isEmpty()) {
          return problem(
              question.key(), "Välj bara bland alternativen. (Choose only from the options.)");
        }
        chosen.add(k);
      }
      return List.copyOf(chosen);
    }
    return problem(
        question.key(), "Svaret ska vara en lista med alternativ. (The answer must be a list.)");
  }

  private Object likert(Question question, Object value) {
    BigDecimal number = decimal(value);
    if (number != null
        && number.stripTrailingZeros().scale() <= 0
        && number.compareTo(BigDecimal.ONE) >= 0
        && number.compareTo(BigDecimal.valueOf(question.scale())) <= 0) {
      return number.intValue();
    }
    return problem(
        question.key(),
        "Välj ett värde från 1 till "
            + question.scale()
            + ". (Choose a value from 1 to "
            + question.scale()
            + ".)");
  }

  private Object number(Question question, Object value) {
    BigDecimal number = decimal(value);
    boolean tooLow =
        number != null && question.min() != null && number.compareTo(question.min()) < 0;
    boolean tooHigh =
        number != null && question.max() != null && number.compareTo(question.max()) > 0;
    if (number == null || tooLow || tooHigh) {
      String range =
          (question.min() == null ? "" : " från " + question.min().toPlainString())
              + (question.max() == null ? "" : " till " + question.max().toPlainString());
      return problem(
          question.key(), "Skriv ett tal" + range + ". (Write a number" + english(question) + ".)");
    }
    BigDecimal plain = number.stripTrailingZeros();
    return plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
        ? (Object) plain.longValue()
        : plain;
  }

  private Object yesNo(Question question, Object value) {
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if ("yes".equals(value) || "no".equals(value)) {
      return value;
    }
    return problem(question.key(), "Svara ja eller nej. (Answer yes or no.)");
  }

  private Object freeText(Question question, Object value) {
    if (!(value instanceof String text)) {
      return problem(question.key(), "Svaret ska vara text. (The answer must be text.)");
    }
    String trimmed = text.strip();
    if (trimmed.length() > question.maxLengthOrDefault()) {
      return problem(
          question.key(),
          "Texten är för lång: högst "
              + question.maxLengthOrDefault()
              + " tecken. (The text is too long: at most "
              + question.maxLengthOrDefault()
              + " characters.)");
    }
    return trimmed;
  }

  private static String english(Question question) {
    return (question.min() == null ? "" : " from " + question.min().toPlainString())
        + (question.max() == null ? "" : " to " + question.max().toPlainString());
  }

  private static BigDecimal decimal(Object value) {
    try {
      if (value instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      if (value instanceof String s) {
        return new BigDecimal(s.trim().replace(',', '.'));
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static boolean blank(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
  }

  private Object problem(String key, String message) {
    problems.add(new Violation("answers." + key, message));
    return null;
  }
}

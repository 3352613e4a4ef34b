package se.hord.survey.results;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.results.ResultViews.Results;

/** A survey's results for its officials, small counts hidden. */
@Singleton
public class ResultsService {
  private static final Set<QuestionType> BREAKDOWN_TYPES =
      Set.of(QuestionType.SINGLE_CHOICE, QuestionType.YES_NO, QuestionType.LIKERT);

  private final SurveyService surveys;
  private final StoredAnswers stored;

  public ResultsService(SurveyService surveys, StoredAnswers stored) {
    this.surveys = surveys;
    this.stored = stored;
  }

  /** The results, broken down by {@code by} or, when null, by every background question. */
  public Results results(Caller caller, long surveyId, String by) {
    SurveyDefinition definition = surveys.detail(caller, surveyId).definition();
    List<Question> breakdown = backgroundQuestions(definition, by);
    List<Map<String, Object>> answers = new ArrayList<>();
    stored.forEach(surveyId, s -> answers.add(s.answers()));
    return ResultsCalculator.compute(surveyId, definition, answers, breakdown);
  }

  /** The results over everyone, with no breakdown. */
  public Results overall(Caller caller, long surveyId) {
    SurveyDefinition definition = surveys.detail(caller, surveyId).definition();
    List<Map<String, Object>> answers = new ArrayList<>();
    stored.forEach(surveyId, s -> answers.add(s.answers()));
    return ResultsCalculator.compute(surveyId, definition, answers, List.of());
  }

  /** The questions a breakdown may be by: background questions with fixed answers. */
  public static List<Question> backgroundQuestions(SurveyDefinition definition, String by) {
    List<Question> background =
        definition.questionList().stream()
            .filter(q -> Question.BACKGROUND.equals(q.role()))
            .filter(q -> BREAKDOWN_TYPES.contains(q.kind()))
            .toList();
    if (by == null || by.isBlank()) {
      return background;
    }
    return background.stream()
        .filter(q -> q.key().equals(by))
        .findFirst()
        .map(List::of)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "Det går bara att dela upp efter en bakgrundsfråga med svarsalternativ."
                        + " (Results can only be broken down by a background question with fixed"
                        + " answers.)",
                    List.of(
                        new Violation(
                            "by",
                            "Välj en av: "
                                + String.join(", ", background.stream().map(Question::key).toList())
                                + " (choose one of these)"))));
  }
}

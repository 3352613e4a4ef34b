package se.hord.survey.response;

import java.util.List;
import java.util.Map;
import se.hord.platform.web.Problem.Violation;

/**
 * Answers after checking against the definition: normalised values of the questions that were shown
 * and answered (in question order), and every problem found.
 */
public record CheckedAnswers(Map<String, Object> answers, List<Violation> problems) {}

package se.hord.survey.results;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.results.ResultViews.Row;

/** The summary figures of a row: likert mean and share agreeing, number mean, median, min, max. */
final class Stats {
  /** Min and max (one person's exact answer) are shown only for groups at least this large. */
  static final int MIN_FOR_EXTREMES = 2 * Suppression.MIN;

  private Stats() {}

  /** The row with its summary figures filled in from these answers. */
  static Row with(Row row, Question question, List<Map<String, Object>> answers) {
    List<BigDecimal> values =
        answers.stream()
            .map(a -> a.get(question.key()))
            .filter(v -> v != null && !(v instanceof Collection<?>))
            .map(Stats::decimal)
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    if (values.isEmpty()) {
      return row;
    }
    if (question.kind() == QuestionType.LIKERT) {
      int top = question.scale() >= 4 ? question.scale() - 1 : question.scale();
      long agreeing = values.stream().filter(v -> v.intValue() >= top).count();
      return new Row(
          row.group(),
          row.answered(),
          row.counts(),
          round(mean(values)),
          null,
          null,
          null,
          round((double) agreeing / values.size()));
    }
    if (question.kind() == QuestionType.NUMBER) {
      boolean extremes = values.size() >= MIN_FOR_EXTREMES;
      return new Row(
          row.group(),
          row.answered(),
          row.counts(),
          round(mean(values)),
          round(median(values)),
          extremes ? values.getFirst() : null,
          extremes ? values.getLast() : null,
          null);
    }
    return row;
  }

  static Double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static double mean(List<BigDecimal> sorted) {
    return sorted.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
  }

  private static double median(List<BigDecimal> sorted) {
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2).doubleValue()
        : (sorted.get(n / 2 - 1).doubleValue() + sorted.get(n / 2).doubleValue()) / 2;
  }

  private static BigDecimal decimal(Object value) {
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

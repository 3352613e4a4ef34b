package se.hord.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;

/**
 * One way of sorting the answers to a question into categories that add up to those who answered
 * it: the options of a choice, the steps of a likert scale, yes/no; for a multi-choice question one
 * partition per option (chose it / did not); for number and free text just "answered".
 *
 * @param shownKey the category whose count is shown, for a multi-choice option; null for all
 */
record Partition(List<String> keys, List<String> labels, String shownKey, String multiOption) {
  static final String ANSWERED = "answered";
  static final String CHOSEN = "chosen";

  /** The partitions of a question. */
  static List<Partition> of(Question question) {
    List<String> keys = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    switch (question.kind()) {
      case SINGLE_CHOICE -> {
        for (Option o : question.optionList()) {
          keys.add(o.key());
          labels.add(o.label("sv"));
        }
      }
      case LIKERT -> {
        for (int step = 1; step <= question.scale(); step++) {
          keys.add(String.valueOf(step));
          labels.add(String.valueOf(step));
        }
      }
      case YES_NO -> {
        keys.addAll(List.of("yes", "no"));
        labels.addAll(List.of("Ja (yes)", "Nej (no)"));
      }
      case MULTI_CHOICE -> {
        return question.optionList().stream()
            .map(
                o ->
                    new Partition(
                        List.of(CHOSEN, "not_chosen"), List.of(o.label("sv"), ""), CHOSEN, o.key()))
            .toList();
      }
      default -> {
        return List.of(new Partition(List.of(ANSWERED), List.of(""), ANSWERED, null));
      }
    }
    return List.of(new Partition(keys, labels, null, null));
  }

  /** The category of this answer, or -1 when the question was not answered. */
  int categoryOf(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return -1;
    }
    if (multiOption != null) {
      return value instanceof Collection<?> chosen && !chosen.isEmpty()
          ? (chosen.contains(multiOption) ? 0 : 1)
          : -1;
    }
    if (ANSWERED.equals(shownKey)) {
      return 0;
    }
    return keys.indexOf(key(value));
  }

  /** Counts per category of these answers to the question. */
  long[] count(List<Map<String, Object>> answers, String questionKey) {
    long[] counts = new long[keys.size()];
    for (Map<String, Object> answer : answers) {
      int category = categoryOf(answer.get(questionKey));
      if (category >= 0) {
        counts[category]++;
      }
    }
    return counts;
  }

  private static String key(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}

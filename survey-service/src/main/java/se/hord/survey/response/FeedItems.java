package se.hord.survey.response;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.platform.feed.FeedItem;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.Survey;

/**
 * Turns each free-text answer of a response (also an "other, namely" text, as {@code <key>_other})
 * into a feed item, with the closed answers beside.
 */
final class FeedItems {
  private FeedItems() {}

  /** As below, with the age band of the form's age step (it wins over a background answer). */
  static List<FeedItem> of(
      Survey survey,
      long responseId,
      LocalDate date,
      String channel,
      Map<String, Object> answers,
      String ageBand) {
    return of(survey, responseId, date, channel, answers).stream()
        .map(item -> ageBand == null ? item : withAgeBand(item, ageBand))
        .toList();
  }

  private static FeedItem withAgeBand(FeedItem item, String ageBand) {
    return new FeedItem(
        item.id(),
        item.source(),
        item.municipality(),
        item.originId(),
        item.originTitle(),
        item.questionKey(),
        item.questionText(),
        item.text(),
        item.language(),
        ageBand,
        item.gender(),
        item.area(),
        item.channel(),
        item.createdAt(),
        item.closedAnswers());
  }

  static List<FeedItem> of(
      Survey survey, long responseId, LocalDate date, String channel, Map<String, Object> answers) {
    Map<String, Object> closed = new LinkedHashMap<>();
    Map<String, String> background = new HashMap<>();
    List<String[]> texts = new ArrayList<>();
    for (Question question : survey.definition().questionList()) {
      Object answer = answers.get(question.key());
      if (answer == null) {
        continue;
      }
      if (question.kind() == QuestionType.FREE_TEXT) {
        texts.add(new String[] {question.key(), question.label("sv")});
        continue;
      }
      if (answers.get(question.otherKey()) instanceof String other) {
        String chosen = question.otherOption().map(o -> o.label("sv")).orElse("");
        texts.add(new String[] {question.otherKey(), question.label("sv") + " – " + chosen});
      }
      closed.put(question.key(), answer);
      question
          .feedDimension()
          .ifPresent(dimension -> background.putIfAbsent(dimension, plain(answer)));
    }
    return texts.stream()
        .map(
            text ->
                new FeedItem(
                    "survey:resp-" + responseId + ":" + text[0],
                    "sms".equals(channel) ? "sms" : "survey",
                    survey.row().municipality(),
                    Long.toString(survey.id()),
                    survey.row().title(),
                    text[0],
                    text[1],
                    (String) answers.get(text[0]),
                    "sv",
                    background.get("ageBand"),
                    background.get("gender"),
                    background.get("area"),
                    channel,
                    date.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    closed))
        .toList();
  }

  private static String plain(Object answer) {
    return answer instanceof List<?> keys
        ? String.join(",", keys.stream().map(String::valueOf).toList())
        : String.valueOf(answer);
  }
}

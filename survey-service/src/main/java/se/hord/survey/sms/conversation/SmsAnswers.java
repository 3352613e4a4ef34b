package se.hord.survey.sms.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.SmsKeywords;
import se.hord.survey.response.Answers;

/**
 * Reads an SMS as the answer to one question: choices by number or by word ("2" or "Fritidsgård"),
 * several choices as "1 3" or "1,3", likert by number, yes/no as ja/nej/yes/no/j/n, free text as it
 * is. The result is then checked by the web's own rules ({@link Answers#accepted}).
 */
final class SmsAnswers {
  private SmsAnswers() {}

  /** The stored form of this answer, or empty when it does not answer the question. */
  static Optional<Object> read(Question question, String message) {
    String text = message == null ? "" : message.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Object> raw =
        switch (question.kind()) {
          case SINGLE_CHOICE -> option(question, text).map(Option::key);
          case MULTI_CHOICE -> options(question, text);
          case LIKERT, NUMBER -> Optional.of(Commands.bare(text).replace(" ", ""));
          case YES_NO ->
              Commands.isYes(text)
                  ? Optional.of("yes")
                  : Commands.isNo(text) ? Optional.of("no") : Optional.empty();
          case FREE_TEXT -> Optional.of(text);
        };
    return raw.flatMap(value -> Answers.accepted(question, value));
  }

  private static Optional<Option> option(Question question, String text) {
    String wanted = Commands.bare(text);
    List<Option> options = question.optionList();
    if (wanted.matches("\\d{1,2}")) {
      int index = Integer.parseInt(wanted) - 1;
      return index >= 0 && index < options.size()
          ? Optional.of(options.get(index))
          : Optional.empty();
    }
    return options.stream()
        .filter(
            o ->
                SmsKeywords.normalize(o.label("sv")).equals(wanted)
                    || SmsKeywords.normalize(o.label("en")).equals(wanted)
                    || SmsKeywords.normalize(o.key()).equals(wanted))
        .findFirst();
  }

  private static Optional<Object> options(Question question, String text) {
    Optional<Option> whole = option(question, text);
    if (whole.isPresent()) {
      return Optional.of(List.of(whole.get().key()));
    }
    List<String> keys = new ArrayList<>();
    for (String part : text.split("[,;&+]|\\s+(och|and)\\s+")) {
      List<String> pieces =
          Commands.bare(part).matches("[\\d\\s]+")
              ? List.of(Commands.bare(part).split("\\s+"))
              : List.of(part);
      for (String piece : pieces) {
        if (piece.isBlank()) {
          continue;
        }
        Optional<Option> chosen = option(question, piece);
        if (chosen.isEmpty()) {
          return Optional.empty();
        }
        if (!keys.contains(chosen.get().key())) {
          keys.add(chosen.get().key());
        }
      }
    }
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
  }
}

package se.hord.survey.sms.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.Texts;

/**
 * One question as one SMS: the question, its choices numbered, and how to answer, in at most 160
 * GSM-7 characters where possible (the how-to is dropped before the question or a choice is).
 */
final class Prompts {
  private static final String LANG = "sv";

  private Prompts() {}

  /** The message asking this question. */
  static String ask(Question question) {
    String label = Gsm7.plain(question.label(LANG));
    List<String> choices = new ArrayList<>();
    for (int i = 0; i < question.optionList().size(); i++) {
      choices.add((i + 1) + " " + Gsm7.plain(question.optionList().get(i).label(LANG)));
    }
    String how = how(question);
    String skip = question.isRequired() ? "" : " HOPPA = hoppa över.";
    String lines = choices.isEmpty() ? "" : "\n" + String.join("\n", choices);
    String inline = choices.isEmpty() ? "" : "\n" + String.join(", ", choices);
    List<String> candidates =
        List.of(
            label + lines + "\n" + how + skip,
            label + lines + "\n" + how,
            label + inline + "\n" + how,
            label + lines,
            label + inline);
    return candidates.stream()
        .filter(Gsm7::oneSegment)
        .findFirst()
        .orElseGet(
            () -> candidates.stream().min(Comparator.comparingInt(Gsm7::segments)).orElseThrow());
  }

  /** What a right answer looks like, said when an answer was not understood. */
  static String hint(Question question) {
    return "Det svaret förstod jag inte. "
        + how(question)
        + (question.isRequired() ? "" : " Eller svara HOPPA.");
  }

  private static String how(Question question) {
    return switch (question.kind()) {
      case SINGLE_CHOICE -> "Svara med en siffra.";
      case MULTI_CHOICE -> "Svara med en eller flera siffror, t.ex. 1 3.";
      case LIKERT -> likert(question);
      case YES_NO -> "Svara JA eller NEJ.";
      case NUMBER -> "Svara med ett tal" + range(question) + ".";
      case FREE_TEXT -> "Skriv ditt svar.";
    };
  }

  private static String likert(Question question) {
    int scale = question.scale();
    String low = Texts.pick(question.lowLabel(), LANG, "");
    String high = Texts.pick(question.highLabel(), LANG, "");
    String ends =
        low.isEmpty() || high.isEmpty()
            ? ""
            : " (1 = " + Gsm7.plain(low) + ", " + scale + " = " + Gsm7.plain(high) + ")";
    return "Svara 1-" + scale + ends + ".";
  }

  private static String range(Question question) {
    if (question.min() != null && question.max() != null) {
      return " " + question.min().toPlainString() + "-" + question.max().toPlainString();
    }
    if (question.min() != null) {
      return ", minst " + question.min().toPlainString();
    }
    return question.max() == null ? "" : ", högst " + question.max().toPlainString();
  }
}

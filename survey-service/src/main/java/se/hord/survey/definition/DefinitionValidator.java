package se.hord.survey.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.hord.platform.web.Problem.Violation;

/**
 * Finds every problem in a survey definition, each with its path, e.g. {@code questions[2].key}.
 */
public final class DefinitionValidator {
  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,63}");
  private static final Set<String> LANGUAGES = Set.of("sv", "en", "ar", "sv-lattlast");
  private static final int MAX_TEXT_LIMIT = 10_000;
  private final List<Violation> problems = new ArrayList<>();

  private DefinitionValidator() {}

  /** Every problem found; empty when the definition is fine. */
  public static List<Violation> problems(SurveyDefinition definition) {
    DefinitionValidator validator = new DefinitionValidator();
    validator.check(definition);
    return validator.problems;
  }

  private void check(SurveyDefinition d) {
    if (!Texts.hasSwedish(d.title())) {
      add("title.sv", "Enkäten behöver en titel på svenska. (The survey needs a Swedish title.)");
    }
    if (d.municipality() == null || !MUNICIPALITY.matcher(d.municipality()).matches()) {
      add(
          "municipality",
          "Kommunkoden ska vara fyra siffror, t.ex. 0380. (A municipality code is four digits,"
              + " e.g. 0380.)");
    }
    if (d.languages() == null || !d.languages().contains("sv")) {
      add("languages", "Språken måste innehålla sv. (The languages must include sv.)");
    } else {
      for (int i = 0; i < d.languages().size(); i++) {
        if (!LANGUAGES.contains(d.languages().get(i))) {
          add(
              "languages[" + i + "]",
              "Språket ska vara sv, en, ar eller sv-lattlast. (The language must be sv, en, ar or"
                  + " sv-lattlast.)");
        }
      }
    }
    if (d.smsKeyword() != null && !SmsKeywords.isValid(d.smsKeyword())) {
      add(
          "smsKeyword",
          "Kodordet för sms ska vara 2–20 bokstäver eller siffror och inte ett av STOPP, HJÄLP,"
              + " START, JA, NEJ. (The SMS keyword must be 2–20 letters or digits and not a"
              + " reserved word.)");
    }
    if (d.minAge() != null && d.maxAge() != null && d.minAge() > d.maxAge()) {
      add("minAge", "minAge är större än maxAge. (minAge is greater than maxAge.)");
    }
    if (d.questionList().isEmpty()) {
      add("questions", "Enkäten behöver minst en fråga. (The survey needs at least one question.)");
    }
    problems.addAll(FormRules.problems(d));
    Map<String, Question> earlier = new java.util.HashMap<>();
    Set<String> allKeys = new HashSet<>();
    d.questionList().forEach(q -> allKeys.add(q == null ? null : q.key()));
    for (int i = 0; i < d.questionList().size(); i++) {
      Question q = d.questionList().get(i);
      String path = "questions[" + i + "]";
      if (q == null) {
        add(path, "Frågan saknas. (The question is missing.)");
        continue;
      }
      checkQuestion(q, path, earlier, allKeys);
      if (q.key() != null && earlier.putIfAbsent(q.key(), q) != null) {
        add(path + ".key", "Nyckeln '" + q.key() + "' finns redan. (Duplicate question key.)");
      }
    }
  }

  private void checkQuestion(
      Question q, String path, Map<String, Question> earlier, Set<String> allKeys) {
    if (q.key() == null || !KEY.matcher(q.key()).matches()) {
      add(
          path + ".key",
          "Nyckeln ska vara 1–64 tecken: bokstäver a–z, siffror, _ eller -. (The key must be 1–64"
              + " characters: letters, digits, _ or -.)");
    }
    if (!Texts.hasSwedish(q.text())) {
      add(
          path + ".text.sv",
          "Frågan behöver en text på svenska. (The question needs Swedish text.)");
    }
    QuestionType type = QuestionType.of(q.type()).orElse(null);
    if (type == null) {
      add(
          path + ".type",
          "Okänd frågetyp. Använd single_choice, multi_choice, likert, number, free_text eller"
              + " yes_no. (Unknown question type.)");
    } else {
      checkType(q, type, path);
    }
    if (q.role() != null && !Question.BACKGROUND.equals(q.role())) {
      add(path + ".role", "Rollen kan bara vara background. (The role can only be background.)");
    }
    if (q.dimension() != null && !Question.DIMENSIONS.contains(q.dimension())) {
      add(
          path + ".dimension",
          "dimension ska vara ageBand, gender eller area. (dimension must be ageBand, gender or"
              + " area.)");
    }
    if (q.showIf() != null) {
      checkShowIf(q.showIf(), path + ".showIf", earlier, allKeys);
    }
  }

  private void checkType(Question q, QuestionType type, String path) {
    if (type.hasOptions()) {
      checkOptions(q, path);
    }
    if (type == QuestionType.LIKERT && (q.scale() == null || q.scale() < 2 || q.scale() > 10)) {
      add(path + ".scale", "Skalan ska vara mellan 2 och 10. (The scale must be 2 to 10.)");
    }
    if (type == QuestionType.NUMBER
        && q.min() != null
        && q.max() != null
        && q.min().compareTo(q.max()) > 0) {
      add(path + ".min", "min är större än max. (min is greater than max.)");
    }
    if (type == QuestionType.FREE_TEXT
        && q.maxLength() != null
        && (q.maxLength() < 1 || q.maxLength() > MAX_TEXT_LIMIT)) {
      add(
          path + ".maxLength",
          "maxLength ska vara mellan 1 och "
              + MAX_TEXT_LIMIT
              + ". (maxLength must be 1 to "
              + MAX_TEXT_LIMIT
              + ".)");
    }
  }

  private void checkOptions(Question q, String path) {
    if (q.optionList().isEmpty()) {
      add(path + ".options", "Frågan behöver svarsalternativ. (The question needs options.)");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < q.optionList().size(); j++) {
      Option o = q.optionList().get(j);
      String optionPath = path + ".options[" + j + "]";
      if (o == null || o.key() == null || !KEY.matcher(o.key()).matches()) {
        add(optionPath + ".key", "Alternativet behöver en nyckel. (The option needs a key.)");
        continue;
      }
      if (!seen.add(o.key())) {
        add(
            optionPath + ".key",
            "Alternativet '" + o.key() + "' finns redan. (Duplicate option key.)");
      }
      if (!Texts.hasSwedish(o.text())) {
        add(optionPath + ".text.sv", "Alternativet behöver text på svenska. (Needs Swedish text.)");
      }
    }
  }

  private void checkShowIf(
      ShowIf showIf, String path, Map<String, Question> earlier, Set<String> allKeys) {
    if (showIf.question() == null || !earlier.containsKey(showIf.question())) {
      add(
          path + ".question",
          allKeys.contains(showIf.question())
              ? "showIf får bara peka på en tidigare fråga. (showIf may only point to an earlier"
                  + " question.)"
              : "showIf pekar på en fråga som inte finns. (showIf points to an unknown question.)");
    }
    if (showIf.conditions() != 1) {
      add(
          path,
          "Ange exakt en av equals, in eller answered. (Give exactly one of equals, in or"
              + " answered.)");
    }
    if (showIf.in() != null && showIf.in().isEmpty()) {
      add(path + ".in", "in behöver minst ett värde. (in needs at least one value.)");
    }
  }

  private void add(String path, String message) {
    problems.add(new Violation(path, message));
  }
}

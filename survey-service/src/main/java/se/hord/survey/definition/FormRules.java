package se.hord.survey.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hord.platform.web.Problem.Violation;

/**
 * The checks of what shapes the web form: sections (pages), "other, namely" options and the age
 * range with its guardian-consent path. Every problem with its path.
 */
final class FormRules {
  private static final int OLDEST = 120;
  private final List<Violation> problems = new ArrayList<>();

  private FormRules() {}

  static List<Violation> problems(SurveyDefinition d) {
    FormRules rules = new FormRules();
    rules.sections(d);
    rules.others(d);
    rules.ages(d);
    return rules.problems;
  }

  private void sections(SurveyDefinition d) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < d.sectionList().size(); i++) {
      Section s = d.sectionList().get(i);
      String path = "sections[" + i + "]";
      if (s == null || s.key() == null || s.key().isBlank()) {
        add(path + ".key", "Avsnittet behöver en nyckel. (The section needs a key.)");
        continue;
      }
      if (order.putIfAbsent(s.key(), i) != null) {
        add(path + ".key", "Avsnittet '" + s.key() + "' finns redan. (Duplicate section key.)");
      }
      if (!Texts.hasSwedish(s.title())) {
        add(
            path + ".title.sv",
            "Avsnittet behöver en rubrik på svenska. (The section needs a Swedish title.)");
      }
    }
    Set<String> used = new HashSet<>();
    int last = 0;
    for (int i = 0; i < d.questionList().size(); i++) {
      Question q = d.questionList().get(i);
      if (q == null) {
        continue;
      }
      String path = "questions[" + i + "].section";
      if (q.section() == null) {
        if (!order.isEmpty()) {
          add(path, "Ange vilket avsnitt frågan hör till. (Name the question's section.)");
        }
        continue;
      }
      Integer at = order.get(q.section());
      if (at == null) {
        add(path, "Avsnittet finns inte. (Unknown section.)");
        continue;
      }
      used.add(q.section());
      if (at < last) {
        add(
            path,
            "Frågorna ska komma i avsnittens ordning. (Questions must come in the order of their"
                + " sections.)");
      }
      last = Math.max(last, at);
    }
    order.forEach(
        (key, i) -> {
          if (!used.contains(key)) {
            add(
                "sections[" + i + "]",
                "Avsnittet har inga frågor. (The section has no questions.)");
          }
        });
  }

  private void others(SurveyDefinition d) {
    Set<String> keys = new HashSet<>();
    d.questionList().forEach(q -> keys.add(q == null ? null : q.key()));
    for (int i = 0; i < d.questionList().size(); i++) {
      Question q = d.questionList().get(i);
      if (q == null || q.options() == null) {
        continue;
      }
      long others = q.optionList().stream().filter(o -> o != null && o.isOther()).count();
      if (others > 1) {
        add(
            "questions[" + i + "].options",
            "Bara ett alternativ kan vara ”annat”. (Only one option can be \"other\".)");
      }
      if (others > 0 && keys.contains(q.otherKey())) {
        add(
            "questions[" + i + "].key",
            "Det finns redan en fråga "
                + q.otherKey()
                + " för ”annat”-texten. (A question "
                + q.otherKey()
                + " already exists for the \"other\" text.)");
      }
    }
  }

  private void ages(SurveyDefinition d) {
    age("minAge", d.minAge());
    age("maxAge", d.maxAge());
    GuardianConsent consent = d.guardianConsent();
    if (consent == null) {
      return;
    }
    if (!GuardianConsent.ASK.equals(consent.mode())
        && !GuardianConsent.REFUSE.equals(consent.mode())) {
      add("guardianConsent.mode", "mode ska vara ask eller refuse. (mode must be ask or refuse.)");
    }
    if (consent.asks() && !Texts.hasSwedish(consent.text())) {
      add(
          "guardianConsent.text.sv",
          "Skriv vad vårdnadshavaren säger ja till, på svenska. (Write what the guardian agrees to,"
              + " in Swedish.)");
    }
  }

  private void age(String path, Integer age) {
    if (age != null && (age < 0 || age > OLDEST)) {
      add(path, "Åldern ska vara 0–" + OLDEST + ". (The age must be 0 to " + OLDEST + ".)");
    }
  }

  private void add(String path, String message) {
    problems.add(new Violation(path, message));
  }
}

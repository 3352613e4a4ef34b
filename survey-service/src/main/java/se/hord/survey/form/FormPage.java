package se.hord.survey.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.ShowIf;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.definition.Texts;

/** Builds the model of the web form page: each question ready to render, values and errors. */
final class FormPage {
  private final SurveyDefinition definition;
  private final String lang;
  private final Map<String, String> words;

  private FormPage(SurveyDefinition definition, String lang) {
    this.definition = definition;
    this.lang = lang;
    this.words = FormTexts.in(lang);
  }

  /**
   * The model for {@code form/survey}.
   *
   * @param form what was posted (empty on first view), to keep the entered values
   * @param errors messages by question key
   */
  static Map<String, Object> model(
      Survey survey,
      String lang,
      String submissionId,
      String formToken,
      Map<String, Object> form,
      Map<String, String> errors,
      List<Question> shown,
      Step step) {
    FormPage page = new FormPage(survey.definition(), lang);
    Map<String, Object> model = new HashMap<>();
    model.put("title", survey.definition().titleIn(lang));
    model.put("description", Texts.pick(survey.definition().description(), lang, null));
    model.put("lang", lang);
    model.put("slug", survey.row().slug());
    model.put(
        "otherLang", survey.definition().speaks("en") ? ("en".equals(lang) ? "sv" : "en") : null);
    model.put("t", page.words);
    model.put("dir", "ar".equals(lang) ? "rtl" : null);
    model.put(
        "languages",
        survey.definition().languages() == null
            ? List.of()
            : survey.definition().languages().stream()
                .filter(l -> !l.equals(lang))
                .map(l -> Map.of("code", l, "name", FormTexts.NAMES.getOrDefault(l, l)))
                .toList());
    model.put("submissionId", submissionId);
    model.put("formToken", formToken);
    model.put("questions", page.questions(shown, form, errors));
    model.put("step", step);
    model.put(
        "pageOf",
        step.pages() > 1
            ? String.format(page.words.get("pageOf"), step.page() + 1, step.pages())
            : null);
    model.put("notice", step.notice() == null ? null : page.words.get(step.notice()));
    model.put(
        "errors",
        shown.stream()
            .filter(q -> errors.containsKey(q.key()))
            .map(
                q ->
                    Map.of(
                        "id",
                        "q-" + q.key(),
                        "text",
                        q.label(lang),
                        "message",
                        errors.get(q.key())))
            .toList());
    return model;
  }

  private List<Map<String, Object>> questions(
      List<Question> shown, Map<String, Object> form, Map<String, String> errors) {
    List<Map<String, Object>> views = new ArrayList<>();
    java.util.Set<String> here =
        shown.stream().map(Question::key).collect(java.util.stream.Collectors.toSet());
    for (Question q : shown) {
      List<String> given = FormAnswers.values(form.get(FormAnswers.PREFIX + q.key()));
      Map<String, Object> view = new HashMap<>();
      view.put("key", q.key());
      view.put("id", "q-" + q.key());
      view.put("name", FormAnswers.PREFIX + q.key());
      view.put("text", q.label(lang));
      view.put("required", q.isRequired());
      // A condition on an earlier page is already decided; only one on this page needs a hint.
      String hint =
          q.showIf() == null || !here.contains(q.showIf().question()) ? null : hint(q.showIf());
      String error = errors.get(q.key());
      view.put("hint", hint);
      // For form.js: a condition on this page, checked in the browser as the server does.
      ShowIf rule = hint == null ? null : q.showIf();
      view.put("ifQuestion", rule == null ? null : rule.question());
      view.put("ifAnswered", rule == null || rule.answered() == null ? null : rule.answered());
      view.put(
          "ifIn",
          rule == null || rule.answered() != null
              ? null
              : (rule.in() != null ? rule.in() : List.of(rule.equalTo()))
                  .stream()
                      .map(se.hord.survey.response.Answers::canonical)
                      .collect(Collectors.joining(" ")));
      view.put("error", error);
      String describedBy =
          ((hint == null ? "" : "q-" + q.key() + "-hint ")
                  + (error == null ? "" : "q-" + q.key() + "-error"))
              .strip();
      view.put("describedBy", describedBy.isEmpty() ? null : describedBy);
      view.put("value", given.isEmpty() ? "" : given.get(0));
      view.put("control", control(q.kind()));
      view.put("choices", choices(q, given));
      List<String> other = FormAnswers.values(form.get(FormAnswers.PREFIX + q.otherKey()));
      view.put("otherName", FormAnswers.PREFIX + q.otherKey());
      view.put("otherValue", other.isEmpty() ? "" : other.get(0));
      view.put("otherMax", Question.OTHER_MAX_LENGTH);
      view.put("min", q.min() == null ? null : q.min().toPlainString());
      view.put("max", q.max() == null ? null : q.max().toPlainString());
      view.put("maxLength", q.maxLengthOrDefault());
      view.put("maxChars", String.format(words.get("maxChars"), q.maxLengthOrDefault()));
      views.add(view);
    }
    return views;
  }

  private static String control(QuestionType type) {
    return switch (type) {
      case SINGLE_CHOICE, LIKERT, YES_NO -> "radio";
      case MULTI_CHOICE -> "checkbox";
      case NUMBER -> "number";
      case FREE_TEXT -> "textarea";
    };
  }

  /** The options to tick: the defined ones, 1..scale with end labels, or yes/no. */
  private List<Map<String, Object>> choices(Question q, List<String> given) {
    List<String[]> pairs = new ArrayList<>();
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTI_CHOICE ->
          q.optionList()
              .forEach(
                  o ->
                      pairs.add(new String[] {o.key(), o.label(lang), o.isOther() ? "other" : ""}));
      case YES_NO -> {
        pairs.add(new String[] {"yes", words.get("yes")});
        pairs.add(new String[] {"no", words.get("no")});
      }
      case LIKERT -> {
        for (int i = 1; i <= q.scale(); i++) {
          String end =
              i == 1
                  ? Texts.pick(q.lowLabel(), lang, null)
                  : i == q.scale() ? Texts.pick(q.highLabel(), lang, null) : null;
          pairs.add(
              new String[] {
                Integer.toString(i), end == null ? Integer.toString(i) : i + " – " + end
              });
        }
      }
      default -> {}
    }
    return pairs.stream()
        .map(
            p ->
                Map.<String, Object>of(
                    "value",
                    p[0],
                    "label",
                    p[1],
                    "id",
                    "q-" + q.key() + "-" + p[0],
                    "checked",
                    given.contains(p[0]),
                    "other",
                    p.length > 2 && !p[2].isEmpty()))
        .toList();
  }

  /** "Svara bara om …" for a conditional question. */
  private String hint(ShowIf rule) {
    Question source = definition.question(rule.question()).orElseThrow();
    String about = source.label(lang);
    if (rule.answered() != null) {
      return String.format(
          words.get(rule.answered() ? "onlyIfAnswered" : "onlyIfNotAnswered"), about);
    }
    List<Object> values = rule.in() != null ? rule.in() : List.of(rule.equalTo());
    String said =
        values.stream()
            .map(v -> "”" + valueLabel(source, v) + "”")
            .collect(Collectors.joining(words.get("or")));
    return String.format(words.get("onlyIf"), said, about);
  }

  private String valueLabel(Question source, Object value) {
    String text = String.valueOf(value);
    return switch (source.kind()) {
      case SINGLE_CHOICE, MULTI_CHOICE -> source.option(text).map(o -> o.label(lang)).orElse(text);
      case YES_NO -> words.get(Boolean.TRUE.equals(value) || "yes".equals(value) ? "yes" : "no");
      default -> text;
    };
  }
}

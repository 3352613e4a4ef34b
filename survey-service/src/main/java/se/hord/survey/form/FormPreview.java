package se.hord.survey.form;

import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import se.hord.platform.web.Problem.Violation;
import se.hord.survey.definition.Survey;
import se.hord.survey.response.Answers;

/**
 * The real form in preview mode, for the survey editor: it posts back to the editor's preview
 * address (never to {@code /s/...}), is checked with the same answer rules, and stores nothing.
 */
public final class FormPreview {
  private FormPreview() {}

  /**
   * The form page as a young person sees it, with a "preview" notice.
   *
   * @param action where the form posts (the editor's preview address)
   * @param token the value of the form's {@code formToken} field (the editor's CSRF token)
   * @param form what was posted (empty on the first view)
   */
  public static ModelAndView<Map<String, Object>> page(
      Survey survey, String lang, String action, String token, Map<String, Object> form) {
    String chosen = lang != null && survey.definition().speaks(lang) ? lang : "sv";
    String switchTo = FormAnswers.text(form, "switchLang");
    if (switchTo != null && survey.definition().speaks(switchTo)) {
      chosen = switchTo;
    }
    boolean submitted = !form.isEmpty() && switchTo == null;
    Map<String, String> errors = new LinkedHashMap<>();
    if (submitted) {
      for (Violation v :
          Answers.problems(survey.definition(), FormAnswers.read(survey.definition(), form))) {
        errors.putIfAbsent(v.path().substring(v.path().indexOf('.') + 1), v.message());
      }
    }
    // The preview shows the whole survey on one page (sections and all), with the answers' checks.
    Map<String, Object> model =
        FormPage.model(
            survey,
            chosen,
            "preview",
            token,
            form,
            errors,
            survey.definition().questionList(),
            new Step(0, 1, null, true, true, null, null));
    model.put("preview", Map.of("action", action, "accepted", submitted && errors.isEmpty()));
    return new ModelAndView<>("form/survey", model);
  }
}

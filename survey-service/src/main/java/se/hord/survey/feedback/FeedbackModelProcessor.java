package se.hord.survey.feedback;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the survey's public pages (the form, thanks, closed) its newest feedback as {@code
 * feedback} (heading, date, text in the page's language), shown by {@code feedback/latest}.
 */
@Singleton
public class FeedbackModelProcessor implements ViewModelProcessor<Map<String, Object>> {
  private static final String FORM_PAGES = "/s/";
  private final FeedbackService feedback;

  public FeedbackModelProcessor(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
    String view = modelAndView.getView().orElse("");
    String path = request.getPath();
    if (!view.startsWith("form/") || !path.startsWith(FORM_PAGES)) {
      return;
    }
    String slug = path.substring(FORM_PAGES.length());
    if (slug.isEmpty() || slug.contains("/")) {
      return;
    }
    Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
    boolean english = "en".equals(model.get("lang"));
    feedback
        .latest(slug)
        .ifPresent(
            row ->
                model.put(
                    "feedback",
                    Map.of(
                        "heading",
                        english ? "What happened next?" : "Vad hände sen?",
                        "date",
                        row.createdAt().toLocalDate().toString(),
                        "text",
                        english && row.messageEn() != null ? row.messageEn() : row.messageSv())));
    modelAndView.setModel(model);
  }
}

package se.hord.platform.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Gives every page's model the shared navigation as {@code nav}. */
@Singleton
public class NavModelProcessor implements ViewModelProcessor<Map<String, Object>> {
  private final Nav nav;

  public NavModelProcessor(Nav nav) {
    this.nav = nav;
  }

  @Override
  public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
    Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElse(Map.of()));
    model.putIfAbsent("nav", nav);
    modelAndView.setModel(model);
  }
}

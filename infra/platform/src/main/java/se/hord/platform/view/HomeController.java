package se.hord.platform.view;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.Map;

/** The front page of every service: where to go from here. */
@Controller("/")
@Secured(SecurityRule.IS_ANONYMOUS)
public class HomeController {
  private final Nav nav;

  public HomeController(Nav nav) {
    this.nav = nav;
  }

  /** Links to the pages people use. */
  @Get(produces = "text/html")
  @View("layout/home")
  public Map<String, Object> home() {
    return Map.of("nav", nav);
  }
}

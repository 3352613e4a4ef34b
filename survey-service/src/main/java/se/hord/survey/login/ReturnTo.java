package se.hord.survey.login;

import jakarta.inject.Singleton;
import java.util.List;
import se.hord.platform.view.Nav;

/** Where a login form may send the browser back to: our own pages only, never another site. */
@Singleton
public class ReturnTo {
  private final Nav nav;

  public ReturnTo(Nav nav) {
    this.nav = nav;
  }

  /** The target if it is a relative path or one of the services' pages, else {@code /}. */
  public String safe(String target) {
    if (target == null
        || target.isBlank()
        || target.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
      return "/";
    }
    if (target.startsWith("/") && !target.startsWith("//")) {
      return target;
    }
    for (String base : List.of(nav.getSurvey(), nav.getDialogue(), nav.getAnalysis())) {
      if (target.equals(base) || target.startsWith(base + "/")) {
        return target;
      }
    }
    return "/";
  }
}

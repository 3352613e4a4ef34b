package se.hord.dialogue.common;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import se.hord.platform.web.Problem;
import se.hord.platform.web.ProblemException;

/** Collects every problem found in a request, so the answer can list them all at once. */
public final class Violations {
  private final List<Problem.Violation> found = new ArrayList<>();

  /** Notes one problem at a path such as {@code prompts[1].key}. */
  public Violations add(String path, String message) {
    found.add(new Problem.Violation(path, message));
    return this;
  }

  /** Checks a text field and returns it trimmed, or null (with a problem noted when required). */
  @Nullable
  public String text(String path, @Nullable String value, int maxLength, boolean required) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      if (required) {
        add(path, "Fyll i det här fältet. (This field is required.)");
      }
      return null;
    }
    if (trimmed.length() > maxLength) {
      add(path, "Högst " + maxLength + " tecken. (At most " + maxLength + " characters.)");
    }
    return trimmed;
  }

  /** True when nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Answers 400 listing every problem, if there was any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw ProblemException.invalid(
          "Några uppgifter är fel, se listan. (Some of the input is wrong, see the list.)", found);
    }
  }
}

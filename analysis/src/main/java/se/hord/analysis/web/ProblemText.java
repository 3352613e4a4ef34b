package se.hord.analysis.web;

import se.hord.platform.web.ProblemException;

/** A problem as one line for a page: its detail, then each field that is wrong and why. */
public final class ProblemText {
  private ProblemText() {}

  /** The detail followed by {@code field: message} for each violation. */
  public static String of(ProblemException e) {
    StringBuilder message = new StringBuilder(e.getMessage());
    e.violations()
        .forEach(v -> message.append(' ').append(v.path()).append(": ").append(v.message()));
    return message.toString();
  }
}

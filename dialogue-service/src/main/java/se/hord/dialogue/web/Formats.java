package se.hord.dialogue.web;

import io.micronaut.core.annotation.Nullable;

/** How the summary page writes shares; handed to the template as {@code fmt}. */
public final class Formats {
  /** A share as a whole percentage ("80 %"), or "–" when it is hidden or unknown. */
  public static String percent(@Nullable Double share) {
    return share == null ? "–" : Math.round(share * 100) + " %";
  }

  /** The same, for templates. */
  public String pct(@Nullable Double share) {
    return percent(share);
  }
}

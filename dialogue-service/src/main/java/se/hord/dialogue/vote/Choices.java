package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/** The three answers to a statement and how they are stored. */
public final class Choices {
  /** Stored value of an agree vote. */
  public static final int AGREE = 1;

  /** Stored value of a disagree vote. */
  public static final int DISAGREE = -1;

  /** Stored value of a pass. */
  public static final int PASS = 0;

  private static final Map<String, Integer> BY_NAME =
      Map.of("agree", AGREE, "disagree", DISAGREE, "pass", PASS);

  private Choices() {}

  /** The stored value of a vote's name, or null when it is none of the three. */
  @Nullable
  public static Integer of(@Nullable String name) {
    return name == null ? null : BY_NAME.get(name);
  }
}

package se.hord.dialogue.dialogue;

import java.util.List;

/** The counters a dialogue gets when its definition names none. */
public final class DialogueCounters {
  /** Conversations held, first-time voters reached, and young people who pledged to vote. */
  public static final List<CounterDefinition> DEFAULTS =
      List.of(
          new CounterDefinition("conversations", "Samtal (conversations)"),
          new CounterDefinition(
              "first_time_voters_reached", "Förstagångsväljare nådda (first-time voters reached)"),
          new CounterDefinition("pledged_to_vote", "Lovade att rösta (pledged to vote)"));

  private DialogueCounters() {}
}

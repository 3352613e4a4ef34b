package se.hord.dialogue.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.vote.Choices;
import se.hord.dialogue.vote.Vote;

/**
 * The votes of a dialogue arranged for counting: each participant (event and per-event token) with
 * their vote per statement key, and the background they gave with any of their votes.
 */
final class VoteTable {
  /** Background questions a vote may carry, by the name the summary uses. */
  static final Map<String, Function<Vote, String>> BACKGROUND =
      Map.of("ageBand", Vote::ageBand, "gender", Vote::gender, "area", Vote::area);

  final Map<String, Map<String, Integer>> byParticipant = new TreeMap<>();
  final Map<String, Map<String, String>> background = new TreeMap<>();

  VoteTable(List<Vote> votes, List<DialogueStatement> statements) {
    Map<Long, String> keyOf = new LinkedHashMap<>();
    statements.forEach(s -> keyOf.put(s.id(), s.statementKey()));
    for (Vote v : votes) {
      String key = keyOf.get(v.statementId());
      if (key == null) {
        continue; // not an approved statement: never counted
      }
      String participant = v.eventId() + ":" + v.participant();
      byParticipant.computeIfAbsent(participant, p -> new LinkedHashMap<>()).put(key, v.choice());
      Map<String, String> given = background.computeIfAbsent(participant, p -> new TreeMap<>());
      BACKGROUND.forEach(
          (question, answer) -> {
            if (answer.apply(v) != null) {
              given.putIfAbsent(question, answer.apply(v));
            }
          });
    }
  }

  /** Agree, disagree and pass counts on one statement among some participants. */
  long[] counts(String statement, Iterable<String> participants) {
    long[] counts = new long[3];
    for (String p : participants) {
      Integer choice = byParticipant.getOrDefault(p, Map.of()).get(statement);
      if (choice != null) {
        counts[index(choice)]++;
      }
    }
    return counts;
  }

  /** The participants who voted at all. */
  Iterable<String> everyone() {
    return byParticipant.keySet();
  }

  private static int index(int choice) {
    return switch (choice) {
      case Choices.AGREE -> 0;
      case Choices.DISAGREE -> 1;
      default -> 2;
    };
  }
}

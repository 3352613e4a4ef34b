package se.hord.dialogue.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.PolisLondon;

/**
 * Opinion groups on a real youth consultation (London, 2022: "What is the best way to engage more
 * young people in local scrutiny of policing?"): 26 young people voted on 36 accepted statements.
 */
class OpinionGroupsLondonTest {
  private final Map<String, Map<String, Integer>> votes = PolisLondon.acceptedVotesByVoter();
  private final List<String> statements =
      PolisLondon.comments().stream()
          .filter(PolisLondon.Comment::accepted)
          .map(PolisLondon.Comment::id)
          .toList();

  @Test
  void findsTwoToFiveGroupsOfAtLeastFiveCoveringEveryoneWithThreeVotes() {
    OpinionGroups.Result result = OpinionGroups.find(statements, votes);

    assertTrue(result.k() >= 2 && result.k() <= 5, "k chosen among 2..5, was " + result.k());
    assertEquals(result.k(), result.groups().size());
    result.groups().forEach(g -> assertTrue(g.members().size() >= OpinionGroups.MIN_GROUP));
    long eligible = votes.values().stream().filter(v -> v.size() >= 3).count();
    assertEquals(eligible, result.groupOf().size(), "each voter with 3+ votes in exactly one");
    assertTrue(result.silhouette() > 0, "groups are better apart than together");
  }

  @Test
  void theSameVotesAlwaysGiveTheSameGroups() {
    OpinionGroups.Result first = OpinionGroups.find(statements, votes);
    List<String> voters = new ArrayList<>(votes.keySet());
    Collections.reverse(voters);
    Map<String, Map<String, Integer>> reordered = new LinkedHashMap<>();
    voters.forEach(v -> reordered.put(v, votes.get(v)));
    OpinionGroups.Result again = OpinionGroups.find(statements, reordered);

    assertEquals(first.k(), again.k());
    assertEquals(first.groupOf(), again.groupOf());
    for (int g = 0; g < first.groups().size(); g++) {
      assertEquals(first.groups().get(g).centroid()[0], again.groups().get(g).centroid()[0]);
      assertEquals(first.groups().get(g).centroid()[1], again.groups().get(g).centroid()[1]);
    }
  }

  @Test
  void theGroupsReallyDisagreeOnSomeStatement() {
    // Groups are only worth showing if they differ: on at least one statement the share who
    // agree in one group is at least 0.5 above another group's.
    OpinionGroups.Result result = OpinionGroups.find(statements, votes);
    double widest = 0;
    for (String statement : statements) {
      double min = 1;
      double max = 0;
      for (OpinionGroups.Group g : result.groups()) {
        long voted = g.members().stream().filter(m -> votes.get(m).containsKey(statement)).count();
        long agreed =
            g.members().stream()
                .filter(m -> votes.get(m).get(statement) instanceof Integer i && i == 1)
                .count();
        if (voted >= 2) {
          min = Math.min(min, (double) agreed / voted);
          max = Math.max(max, (double) agreed / voted);
        }
      }
      widest = Math.max(widest, max - min);
    }
    assertTrue(widest >= 0.5, "widest gap between groups was " + widest);
  }

  @Test
  void tooFewVotersFormNoGroups() {
    Map<String, Map<String, Integer>> few = new LinkedHashMap<>();
    votes.entrySet().stream()
        .limit(OpinionGroups.MIN_PARTICIPANTS - 1)
        .forEach(e -> few.put(e.getKey(), e.getValue()));
    assertEquals(List.of(), OpinionGroups.find(statements, few).groups());
  }
}

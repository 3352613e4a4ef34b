package se.hord.dialogue.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.summary.DialogueSummary.Group;
import se.hord.dialogue.summary.DialogueSummary.Groups;
import se.hord.dialogue.summary.DialogueSummary.Representative;
import se.hord.dialogue.summary.DialogueSummary.StatementResult;

/**
 * Votes per statement, the consensus and divisive statements, and what each opinion group agrees
 * on.
 *
 * <p>Consensus: at least {@link #MIN_VOTERS} voters, an agree share of at least {@link #CONSENSUS}
 * overall and in every opinion group that voted on it. Divisive: at least {@link #MIN_VOTERS}
 * voters, and the groups' agree shares differ by {@link #GROUP_GAP} or more, or the voters split
 * closely (agree and disagree shares both at least {@link #SPLIT} and within {@link #SPLIT_GAP} of
 * each other).
 */
final class StatementResults {
  static final int MIN_VOTERS = Suppression.THRESHOLD;
  static final double CONSENSUS = 0.6;
  static final double GROUP_GAP = 0.5;
  static final double SPLIT = 0.3;
  static final double SPLIT_GAP = 0.2;
  static final int REPRESENTATIVE = 3;

  final List<StatementResult> results = new ArrayList<>();
  final List<KeyedText> consensus = new ArrayList<>();
  final List<KeyedText> divisive = new ArrayList<>();
  final Groups groups;

  StatementResults(
      List<DialogueStatement> statements, VoteTable table, OpinionGroups.Result found) {
    for (DialogueStatement s : statements) {
      long[] c = table.counts(s.statementKey(), table.everyone());
      long voters = c[0] + c[1] + c[2];
      boolean[] hidden = Suppression.line(c[0], c[1], c[2], voters);
      List<Double> groupShares = new ArrayList<>();
      double min = 1;
      double max = 0;
      boolean everyGroupAgrees = true;
      for (OpinionGroups.Group g : found.groups()) {
        long[] gc = table.counts(s.statementKey(), g.members());
        long n = gc[0] + gc[1] + gc[2];
        double share = n == 0 ? 0 : (double) gc[0] / n;
        groupShares.add(n < MIN_VOTERS ? null : Math.round(share * 1000) / 1000.0);
        if (n > 0) {
          everyGroupAgrees &= share >= CONSENSUS;
        }
        if (n >= 2) {
          min = Math.min(min, share);
          max = Math.max(max, share);
        }
      }
      results.add(
          new StatementResult(
              s.statementKey(),
              s.text(),
              s.origin(),
              Suppression.show(voters, hidden[3]),
              Suppression.show(c[0], hidden[0]),
              Suppression.show(c[1], hidden[1]),
              Suppression.show(c[2], hidden[2]),
              Suppression.share(c[0], hidden[0], voters, hidden[3]),
              Suppression.share(c[1], hidden[1], voters, hidden[3]),
              Suppression.share(c[2], hidden[2], voters, hidden[3]),
              groupShares));
      if (voters < MIN_VOTERS) {
        continue;
      }
      double agree = (double) c[0] / voters;
      double disagree = (double) c[1] / voters;
      KeyedText brief = new KeyedText(s.statementKey(), s.text());
      if (agree >= CONSENSUS && everyGroupAgrees) {
        consensus.add(brief);
      } else if (max - min >= GROUP_GAP
          || (agree >= SPLIT && disagree >= SPLIT && Math.abs(agree - disagree) <= SPLIT_GAP)) {
        divisive.add(brief);
      }
    }
    groups = groups(statements, table, found);
  }

  private static Groups groups(
      List<DialogueStatement> statements, VoteTable table, OpinionGroups.Result found) {
    List<Group> views = new ArrayList<>();
    int clustered = 0;
    for (OpinionGroups.Group g : found.groups()) {
      clustered += g.members().size();
      List<String> others =
          found.groups().stream()
              .filter(o -> o.id() != g.id())
              .flatMap(o -> o.members().stream())
              .toList();
      views.add(
          new Group(
              g.id(),
              Suppression.show(g.members().size(), g.members().size() < Suppression.THRESHOLD),
              new double[] {round(g.centroid()[0]), round(g.centroid()[1])},
              representative(statements, table, g.members(), others)));
    }
    return new Groups(
        found.k(),
        round(found.silhouette()),
        Suppression.show(clustered, clustered < Suppression.THRESHOLD),
        views);
  }

  /** The statements the group agrees with most compared with the others, best first. */
  private static List<Representative> representative(
      List<DialogueStatement> statements,
      VoteTable table,
      List<String> members,
      List<String> others) {
    record Scored(Representative statement, double lead) {}
    List<Scored> scored = new ArrayList<>();
    for (DialogueStatement s : statements) {
      long[] in = table.counts(s.statementKey(), members);
      long[] out = table.counts(s.statementKey(), others);
      long n = in[0] + in[1] + in[2];
      long m = out[0] + out[1] + out[2];
      if (n < MIN_VOTERS || (double) in[0] / n < 0.5) {
        continue;
      }
      Double share = Suppression.share(in[0], false, n, false);
      Double othersShare = Suppression.share(out[0], false, m, m < MIN_VOTERS);
      double lead = (in[0] + 1.0) / (n + 2.0) - (out[0] + 1.0) / (m + 2.0);
      scored.add(
          new Scored(new Representative(s.statementKey(), s.text(), share, othersShare), lead));
    }
    return scored.stream()
        .sorted(Comparator.comparingDouble(Scored::lead).reversed())
        .limit(REPRESENTATIVE)
        .map(Scored::statement)
        .toList();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

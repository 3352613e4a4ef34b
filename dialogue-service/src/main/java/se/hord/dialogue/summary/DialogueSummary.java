package se.hord.dialogue.summary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.common.KeyedText;

/**
 * What a dialogue gave, for its officials. Every count about people is a number of at least 5 or
 * the string "&lt;5" (see {@link Suppression}); a share is null where its count is hidden.
 */
@Serdeable
public record DialogueSummary(
    long dialogueId,
    String title,
    Participants participants,
    List<PromptCount> contributionsPerPrompt,
    List<StatementResult> statements,
    List<KeyedText> consensus,
    List<KeyedText> divisive,
    Groups opinionGroups,
    Map<String, Breakdown> breakdowns,
    Tallies tallies) {

  /** Distinct voters and contributions captured. */
  @Serdeable
  public record Participants(Object voters, Object contributions) {}

  /** Contributions to one prompt. */
  @Serdeable
  public record PromptCount(String prompt, String text, Object contributions) {}

  /** Votes on one approved statement, and each opinion group's agree share (null if too few). */
  @Serdeable
  public record StatementResult(
      String key,
      String text,
      String origin,
      Object voters,
      Object agree,
      Object disagree,
      Object pass,
      @Nullable Double agreeShare,
      @Nullable Double disagreeShare,
      @Nullable Double passShare,
      List<Double> groupAgreeShares) {}

  /** The opinion groups; {@code k} 0 and no groups when too few voted to form any. */
  @Serdeable
  public record Groups(int k, double silhouette, Object clustered, List<Group> groups) {}

  /** One opinion group: its size, its centre on the two-component map, what it agrees on. */
  @Serdeable
  public record Group(int id, Object size, double[] centroid, List<Representative> agreesOn) {}

  /** A statement a group agrees with more than everyone else does. */
  @Serdeable
  public record Representative(
      String key, String text, @Nullable Double agreeShare, @Nullable Double othersAgreeShare) {}

  /** One background question: people per answer, and votes per statement per answer. */
  @Serdeable
  public record Breakdown(List<BreakdownRow> rows, List<StatementBreakdown> statements) {}

  /** Contributions and voters who gave one answer ("" when they gave none). */
  @Serdeable
  public record BreakdownRow(String value, Object contributions, Object voters) {}

  /** One statement's votes split by the answers to a background question. */
  @Serdeable
  public record StatementBreakdown(String key, List<StatementBreakdownRow> rows) {}

  /** Votes on a statement by the voters who gave one answer. */
  @Serdeable
  public record StatementBreakdownRow(
      String value, Object voters, Object agree, Object disagree, Object pass) {}

  /** Counter totals per event and per whoever tapped them. */
  @Serdeable
  public record Tallies(List<EventTally> perEvent, List<AmbassadorTally> perAmbassador) {}

  /** Counter totals of one event. */
  @Serdeable
  public record EventTally(long eventId, String name, Map<String, Long> counts) {}

  /** Counter totals of one ambassador (an event's join-code token, or an account name). */
  @Serdeable
  public record AmbassadorTally(String ambassador, Map<String, Long> counts) {}
}

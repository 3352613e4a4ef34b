package se.hord.bench;

import java.time.Duration;

/**
 * How big and how long each benchmark is: {@code --smoke} for CI, the full sizes otherwise. {@code
 * warmup} is how long each ingest path is driven, unmeasured, before its measured phase: the
 * services start just before, and their first seconds are spent compiling the hot path (JIT), which
 * the in-process baseline does not pay for.
 */
public record Sizes(
    boolean smoke,
    long answers,
    int loadClients,
    Duration ingestPhase,
    int freshnessProbes,
    int freshnessLoad,
    int searchRounds,
    int recallSentences,
    Duration smsPhase,
    Duration warmup) {

  public static Sizes forSmoke() {
    return new Sizes(
        true,
        2_000,
        32,
        Duration.ofSeconds(3),
        4,
        100,
        3,
        800,
        Duration.ofSeconds(3),
        Duration.ofSeconds(2));
  }

  /** The sizes; {@code answers} may be lowered with {@code --answers N}. */
  public static Sizes forFull(long answers) {
    return new Sizes(
        false,
        answers,
        64,
        Duration.ofSeconds(20),
        20,
        500,
        3,
        4_000,
        Duration.ofSeconds(20),
        Duration.ofSeconds(15));
  }
}

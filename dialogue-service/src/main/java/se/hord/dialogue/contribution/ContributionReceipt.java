package se.hord.dialogue.contribution;

import io.micronaut.serde.annotation.Serdeable;

/** The acknowledgement an ambassador's app waits for before it forgets a captured item. */
@Serdeable
public record ContributionReceipt(long id, long eventId, String status) {
  static final String STORED = "stored";
}

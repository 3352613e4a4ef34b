package se.hord.dialogue.tally;

import io.micronaut.serde.annotation.Serdeable;

/** The stored bump and the counter's total at the event right after it. */
@Serdeable
public record TallyReceipt(long id, long eventId, String counter, int delta, long total) {}

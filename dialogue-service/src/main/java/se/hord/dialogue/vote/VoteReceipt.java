package se.hord.dialogue.vote;

import io.micronaut.serde.annotation.Serdeable;

/** The acknowledgement the pop-up app waits for before it forgets a vote. */
@Serdeable
public record VoteReceipt(long eventId, String statement, String vote, String status) {}

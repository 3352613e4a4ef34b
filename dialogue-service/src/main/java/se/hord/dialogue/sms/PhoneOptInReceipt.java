package se.hord.dialogue.sms;

import io.micronaut.serde.annotation.Serdeable;

/** The number is waiting to be handed over to survey-service ({@code status} "queued"). */
@Serdeable
public record PhoneOptInReceipt(long eventId, String status) {}

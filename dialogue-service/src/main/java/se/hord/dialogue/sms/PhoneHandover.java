package se.hord.dialogue.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A number waiting to be handed over to survey-service; deleted once it is there. */
@MappedEntity("phone_handover")
record PhoneHandover(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    String idempotencyKey,
    String phoneNumber,
    int attempts,
    Instant nextAttemptAt,
    LocalDate createdOn) {}

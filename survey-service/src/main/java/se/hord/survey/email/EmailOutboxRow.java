package se.hord.survey.email;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One e-mail to one address (known by its hash) in {@code email_outbox}. */
@MappedEntity("email_outbox")
record EmailOutboxRow(
    @Id @GeneratedValue Long id,
    String emailHash,
    String subject,
    String body,
    String purpose,
    String status,
    int attempts) {}

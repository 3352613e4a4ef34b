package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** One outgoing SMS to one phone hash; times are UTC. */
@MappedEntity("sms_outbox")
public record OutboxRow(
    @Id @GeneratedValue @Nullable Long id,
    String phoneHash,
    String body,
    String purpose,
    String status,
    @Nullable String twilioSid,
    int attempts,
    LocalDateTime nextAttemptAt,
    LocalDateTime createdAt,
    @Nullable LocalDateTime sentAt,
    @Nullable Integer errorCode,
    @Nullable String errorMessage) {}

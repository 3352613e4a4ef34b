package se.hord.survey.sms.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A phone number known by its hash; the number itself only encrypted, only while needed. */
@MappedEntity("sms_contact")
record ContactRow(
    @Id String phoneHash,
    boolean optedOut,
    boolean invalid,
    @Nullable String numberEncrypted,
    @Nullable String numberReason,
    @Nullable LocalDate numberUntil) {}

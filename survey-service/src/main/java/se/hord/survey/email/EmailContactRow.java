package se.hord.survey.email;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** An e-mail address known by its keyed hash, kept only encrypted and only until a date. */
@MappedEntity("email_contact")
record EmailContactRow(@Id String emailHash, String emailEncrypted, LocalDate keptUntil) {}

package se.hord.dialogue.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import se.hord.dialogue.common.Today;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.event.EventAccess;
import se.hord.dialogue.event.EventDetails;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;

/**
 * A number left at a pop-up to hear what happened next. It is queued for survey-service (which
 * keeps numbers) apart from anything the young person said: no event, participant or contribution
 * is stored with it, and it is deleted here once survey-service has it ({@link PhoneHandoverJob}).
 */
@Singleton
public class PhoneOptIns {
  private final PhoneHandoverRepository queue;
  private final EventAccess access;
  private final Today today;
  private final Clock clock;

  PhoneOptIns(PhoneHandoverRepository queue, EventAccess access, Today today, Clock clock) {
    this.queue = queue;
    this.access = access;
    this.today = today;
    this.clock = clock;
  }

  /** Queues the number once per Idempotency-Key. */
  @Transactional
  public PhoneOptInReceipt optIn(
      long eventId, @Nullable String key, PhoneOptInRequest request, Caller caller) {
    Idempotency.checkKey(key);
    EventDetails scope = access.require(eventId, caller);
    Violations violations = new Violations();
    String number = PhoneNumbers.e164(request.phone()).orElse(null);
    if (number == null) {
      violations.add(
          "phone",
          "Skriv ett mobilnummer, t.ex. 070-123 45 67 eller +45 20 12 34 56."
              + " (Write a mobile number, e.g. 070-123 45 67 or +45 20 12 34 56.)");
    }
    if (!Boolean.TRUE.equals(request.consent())) {
      violations.add(
          "consent",
          "Personen måste kryssa i att hen vill få ett sms."
              + " (The person must tick that they want a text.)");
    }
    violations.throwIfAny();
    queue.queue(scope.dialogue().id(), key, number, Instant.now(clock), today.date());
    return new PhoneOptInReceipt(eventId, "queued");
  }
}

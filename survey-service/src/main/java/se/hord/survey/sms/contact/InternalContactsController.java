package se.hord.survey.sms.contact;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import se.hord.platform.security.Roles;

/**
 * Lets dialogue-service (SERVICE token) hand over a phone number left at a pop-up: kept here like
 * the number of someone who texted and said JA (encrypted, keyed hash, retention), and answered by
 * its hash, which is all dialogue-service keeps.
 */
@Controller("/api/internal/contacts")
@Secured(Roles.SERVICE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class InternalContactsController {
  private final Contacts contacts;

  InternalContactsController(Contacts contacts) {
    this.contacts = contacts;
  }

  /** Keeps the number for the dialogue's feedback; the same number again only renews it: 200. */
  @Post
  Kept keep(@Body InternalContactRequest request) {
    String number = request.checkedNumber();
    contacts.keepNumber(number, "feedback:dialogue-" + request.dialogueId());
    return new Kept(contacts.hash(number));
  }

  /** {@code {"phoneHash":"…64 hex…"}}: the value to pass in /api/internal/feedback. */
  @Serdeable
  public record Kept(String phoneHash) {}
}

package se.hord.survey.sms.contact;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** A phone number known only as a keyed hash; the number itself encrypted while needed. */
@Singleton
public class Contacts implements ExpiringContacts {
  /** The reason a number is kept while an SMS conversation is open. */
  public static final String CONVERSATION = "conversation";

  private static final String FEEDBACK = "feedback";
  private final ContactRepository contacts;
  private final NumberCipher cipher;
  private final SmsSettings settings;

  Contacts(ContactRepository contacts, NumberCipher cipher, SmsSettings settings) {
    this.contacts = contacts;
    this.cipher = cipher;
    this.settings = settings;
  }

  /** HMAC-SHA256 of the number (spaces and dashes ignored) under HORD_SMS_HASH_KEY, as hex. */
  public String hash(String phoneNumber) {
    return cipher.hash(phoneNumber);
  }

  /**
   * Serialises everything done for one phone: holds the lock on its contact row (created if new)
   * until the caller's transaction ends. A second message from the same phone waits here until the
   * first has committed, and then reads what the first changed. The contact row, not the
   * conversation row, because a first message has no conversation yet, and a locking read of a
   * missing row takes gap locks that deadlock two new phones texting at once.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lock(String phoneHash) {
    contacts.ensureLocked(phoneHash);
  }

  /** True when this number said STOPP and has not said START since. */
  @Transactional(readOnly = true)
  public boolean isOptedOut(String phoneHash) {
    return contacts.findById(phoneHash).map(ContactRow::optedOut).orElse(false);
  }

  /** True when Twilio once said this is not a valid phone number (21211). */
  @Transactional(readOnly = true)
  public boolean isInvalid(String phoneHash) {
    return contacts.findById(phoneHash).map(ContactRow::invalid).orElse(false);
  }

  /** Nothing is sent to this number again, by any campaign, until {@link #optIn}. */
  @Transactional
  public void optOut(String phoneHash) {
    contacts.ensure(phoneHash);
    contacts.markOptedOut(phoneHash);
  }

  /** START: messages may be sent again. */
  @Transactional
  public void optIn(String phoneHash) {
    contacts.ensure(phoneHash);
    contacts.markOptedIn(phoneHash);
  }

  /** Twilio said the number is not a valid phone number (21211): never try it again. */
  @Transactional
  public void markInvalid(String phoneHash) {
    contacts.ensure(phoneHash);
    contacts.setInvalid(phoneHash);
  }

  /** The number, decrypted, if it is still kept. */
  @Transactional(readOnly = true)
  public Optional<String> number(String phoneHash) {
    return contacts.findById(phoneHash).map(ContactRow::numberEncrypted).map(cipher::decrypt);
  }

  /**
   * Keeps the number AES-GCM encrypted for a reason ({@link #CONVERSATION} or e.g. "feedback:12")
   * until the retention has passed. A feedback reason is never replaced by a conversation.
   */
  @Transactional
  public void keepNumber(String phoneNumber, String reason) {
    String phoneHash = hash(phoneNumber);
    contacts.ensure(phoneHash);
    Optional<ContactRow> row = contacts.findById(phoneHash);
    String current = row.map(ContactRow::numberReason).orElse(null);
    String kept =
        current != null && current.startsWith(FEEDBACK) && !reason.startsWith(FEEDBACK)
            ? current
            : reason;
    contacts.keep(
        phoneHash, cipher.encrypt(phoneNumber), kept, ExpiringContacts.retainedUntil(settings));
  }

  /** The number AES-GCM encrypted under HORD_SMS_ENCRYPTION_KEY, to store elsewhere. */
  public String seal(String phoneNumber) {
    return cipher.encrypt(phoneNumber);
  }

  /** A number {@link #seal sealed} before, decrypted. */
  public String unseal(String sealed) {
    return cipher.decrypt(sealed);
  }

  /** Deletes the number for good (after STOPP): only the hash remains. */
  @Transactional
  public void forgetNumber(String phoneHash) {
    contacts.forget(phoneHash);
  }

  /** Deletes the number unless the young person asked to hear back: only the hash remains. */
  @Transactional
  public void forgetNumberUnlessWanted(String phoneHash) {
    boolean wanted =
        contacts
            .findById(phoneHash)
            .map(ContactRow::numberReason)
            .filter(r -> r.startsWith(FEEDBACK))
            .isPresent();
    if (!wanted) {
      contacts.forget(phoneHash);
    }
  }

  /** The young person asked to hear back what happens with this survey. */
  @Transactional
  public void optInToFeedback(String phoneHash, long surveyId) {
    contacts.ensure(phoneHash);
    contacts.optInToFeedback(phoneHash, surveyId, ExpiringContacts.today());
    contacts
        .findById(phoneHash)
        .filter(r -> r.numberEncrypted() != null)
        .ifPresent(
            r ->
                contacts.keep(
                    phoneHash,
                    r.numberEncrypted(),
                    FEEDBACK + ":" + surveyId,
                    ExpiringContacts.retainedUntil(settings)));
  }

  /**
   * Phone hashes to send this survey's feedback to: those who took part by SMS and asked to hear
   * back (or left a number and opted in), not opted out, not invalid.
   */
  @Transactional(readOnly = true)
  public List<String> feedbackRecipients(long surveyId) {
    return contacts.feedbackRecipients(surveyId);
  }

  @Override
  public String what() {
    return "phone numbers";
  }

  /** Deletes every kept number whose retention has passed; the count deleted. */
  @Transactional
  @Override
  public int forgetExpired() {
    return contacts.forgetExpired(ExpiringContacts.today());
  }
}

package se.hord.survey.email;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import se.hord.survey.sms.contact.ExpiringContacts;
import se.hord.survey.sms.contact.NumberCipher;
import se.hord.survey.sms.contact.SmsSettings;

/**
 * E-mail addresses left to hear back, kept apart from the answers the way phone numbers are: a
 * keyed hash (HORD_SMS_HASH_KEY) names them, the address itself is AES-GCM encrypted
 * (HORD_SMS_ENCRYPTION_KEY) and deleted, with its wishes, once the number retention
 * (HORD_SMS_NUMBER_RETENTION) has passed since it was last left.
 */
@Singleton
public class EmailContacts implements ExpiringContacts {
  private final EmailContactRepository contacts;
  private final NumberCipher cipher;
  private final SmsSettings settings;

  EmailContacts(EmailContactRepository contacts, NumberCipher cipher, SmsSettings settings) {
    this.contacts = contacts;
    this.cipher = cipher;
    this.settings = settings;
  }

  /** An address in the spelling {@link EmailAddress#parse} gives, hashed under the hash key. */
  public String hash(String address) {
    return cipher.hashText(address);
  }

  /** Keeps the address (encrypted) and its wish to hear back about this survey. */
  @Transactional
  public void optInToFeedback(String address, long surveyId) {
    String hash = hash(address);
    contacts.keep(hash, cipher.sealText(address), ExpiringContacts.retainedUntil(settings));
    contacts.optInToFeedback(hash, surveyId, ExpiringContacts.today());
  }

  /** The addresses, decrypted, that asked to hear back about this survey. */
  @Transactional(readOnly = true)
  public List<Recipient> feedbackRecipients(long surveyId) {
    return contacts.feedbackRecipients(surveyId).stream()
        .map(r -> new Recipient(r.emailHash(), cipher.decrypt(r.emailEncrypted())))
        .toList();
  }

  /** An address to send to and the hash that names it elsewhere. */
  public record Recipient(String hash, String address) {}

  @Override
  public String what() {
    return "e-mail addresses";
  }

  /** Deletes every address whose retention has passed, with its wishes; the count deleted. */
  @Transactional
  @Override
  public int forgetExpired() {
    return contacts.forgetExpired(ExpiringContacts.today());
  }
}

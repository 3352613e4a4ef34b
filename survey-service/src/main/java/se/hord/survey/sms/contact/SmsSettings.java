package se.hord.survey.sms.contact;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * SMS privacy and conversation settings: the keys that hash and encrypt phone numbers
 * (HORD_SMS_HASH_KEY, HORD_SMS_ENCRYPTION_KEY; base64 or at least 32 characters), how long a kept
 * number may stay (HORD_SMS_NUMBER_RETENTION, default P30D) and how long a conversation may idle
 * (HORD_SMS_CONVERSATION_TIMEOUT, default PT2H).
 */
@ConfigurationProperties("hord.sms")
public class SmsSettings {
  private String hashKey = "";
  private String encryptionKey = "";
  private Duration numberRetention = Duration.ofDays(30);
  private Duration conversationTimeout = Duration.ofHours(2);

  public String getHashKey() {
    return hashKey;
  }

  public void setHashKey(String hashKey) {
    this.hashKey = hashKey == null ? "" : hashKey;
  }

  public String getEncryptionKey() {
    return encryptionKey;
  }

  public void setEncryptionKey(String encryptionKey) {
    this.encryptionKey = encryptionKey == null ? "" : encryptionKey;
  }

  public Duration getNumberRetention() {
    return numberRetention;
  }

  public void setNumberRetention(Duration numberRetention) {
    this.numberRetention = numberRetention;
  }

  public Duration getConversationTimeout() {
    return conversationTimeout;
  }

  public void setConversationTimeout(Duration conversationTimeout) {
    this.conversationTimeout = conversationTimeout;
  }
}

package se.hord.survey.sms.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Twilio settings: HORD_TWILIO_ACCOUNT_SID, HORD_TWILIO_AUTH_TOKEN, HORD_TWILIO_FROM,
 * HORD_TWILIO_MESSAGING_SERVICE_SID, HORD_TWILIO_API_BASE, HORD_PUBLIC_BASE_URL.
 */
@ConfigurationProperties("hord.twilio")
public class TwilioSettings {
  private String accountSid = "";
  private String authToken = "";
  private String from = "";
  private String messagingServiceSid = "";
  private String apiBase = "";
  private String publicBaseUrl = "";

  public String getAccountSid() {
    return accountSid;
  }

  public void setAccountSid(String accountSid) {
    this.accountSid = blankIfNull(accountSid);
  }

  public String getAuthToken() {
    return authToken;
  }

  public void setAuthToken(String authToken) {
    this.authToken = blankIfNull(authToken);
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = blankIfNull(from);
  }

  public String getMessagingServiceSid() {
    return messagingServiceSid;
  }

  public void setMessagingServiceSid(String messagingServiceSid) {
    this.messagingServiceSid = blankIfNull(messagingServiceSid);
  }

  /** Another base URL for Twilio's API (tests use a local fake); empty = Twilio's real API. */
  public String getApiBase() {
    return apiBase;
  }

  public void setApiBase(String apiBase) {
    this.apiBase = blankIfNull(apiBase);
  }

  /** The address Twilio calls us at, e.g. {@code https://hord.example.se} (no trailing slash). */
  public String getPublicBaseUrl() {
    return publicBaseUrl;
  }

  public void setPublicBaseUrl(String publicBaseUrl) {
    String url = blankIfNull(publicBaseUrl).strip();
    this.publicBaseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** True when the account sid and auth token are set: messages really go through Twilio. */
  public boolean isConfigured() {
    return !accountSid.isBlank() && !authToken.isBlank();
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }
}

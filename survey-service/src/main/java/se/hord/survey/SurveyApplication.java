package se.hord.survey;

import se.hord.platform.app.HordApplication;

/** Starts survey-service; it also needs the SMS keys that protect phone numbers. */
public final class SurveyApplication {
  private SurveyApplication() {}

  public static void main(String[] args) {
    HordApplication.runRequiring(
        SurveyApplication.class, args, "HORD_SMS_HASH_KEY", "HORD_SMS_ENCRYPTION_KEY");
  }
}

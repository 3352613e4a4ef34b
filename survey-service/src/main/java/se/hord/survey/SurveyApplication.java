package se.hord.survey;

import se.hord.platform.app.HordApplication;

/** Starts survey-service. */
public final class SurveyApplication {
  private SurveyApplication() {}

  public static void main(String[] args) {
    HordApplication.run(SurveyApplication.class, args);
  }
}

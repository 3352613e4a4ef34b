package se.hord.survey.sms.inbound;

import java.util.Map;
import se.hord.survey.Api;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TwilioTestSetup;

/**
 * Base of the SMS tests: Twilio's webhook signed with a test auth token, but no account sid, so
 * nothing is really sent; a published survey with its own keyword per test.
 */
abstract class SmsTestBase extends ServiceTest {
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new java.util.HashMap<>(super.getProperties());
    p.put("hord.twilio.auth-token", TwilioTestSetup.AUTH_TOKEN);
    p.put("hord.twilio.public-base-url", TwilioTestSetup.PUBLIC_BASE_URL);
    return p;
  }

  /** A published every-type survey; its keyword. The survey id in {@link #surveyId}. */
  long surveyId;

  String publishSurvey() {
    String token = api().admin();
    String definition = Api.withUniqueKeyword(Api.fixture("surveys/every-type.json"));
    Api.Reply created = api().createSurvey(token, definition);
    surveyId = ((Number) created.json().get("id")).longValue();
    api().publish(token, surveyId);
    return definition.replaceAll("(?s).*\"smsKeyword\":\"([A-Z]+)\".*", "$1");
  }

  Phone phone() {
    return new Phone(api(), "+4670" + (1_000_000 + (long) (Math.random() * 8_999_999)));
  }
}

package se.hord.survey.sms.fake;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import se.hord.survey.ServiceTest;

/**
 * A survey-service test whose text messages go to its own {@link FakeTwilio} (started with the test
 * class, stopped after it), on the SMS tests' database. Subclasses add properties by overriding
 * {@link #getProperties()} and calling {@code super}.
 */
public abstract class TwilioServiceTest extends ServiceTest {
  /** The fake Twilio this test's service sends to. */
  protected final FakeTwilio fake = FakeTwilio.start();

  @Override
  public String database() {
    return TestSql.DATABASE;
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.putAll(TwilioTestSetup.properties(fake));
    return p;
  }

  @AfterAll
  protected void stopFake() {
    fake.close();
  }
}

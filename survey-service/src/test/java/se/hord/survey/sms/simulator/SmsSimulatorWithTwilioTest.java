package se.hord.survey.sms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;

/** With Twilio configured, real phones text the service: the simulator does not exist. */
@MicronautTest(transactional = false)
@Property(name = "hord.sms.sender-enabled", value = "false")
@Property(name = "hord.twilio.account-sid", value = "AC00000000000000000000000000000000")
@Property(name = "hord.twilio.auth-token", value = "a-test-auth-token")
class SmsSimulatorWithTwilioTest extends ServiceTest {
  @Override
  public String database() {
    return TestSql.DATABASE;
  }

  @Test
  void theSimulatorIs404WhenTwilioIsConfigured() {
    assertEquals(404, api().text(HttpRequest.GET("/dev/sms").accept(MediaType.TEXT_HTML)).status());
    assertEquals(
        404,
        api()
            .text(
                HttpRequest.POST("/dev/sms", Map.of("phone", "+46700000000", "message", "HJÄLP"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
            .status());
  }
}

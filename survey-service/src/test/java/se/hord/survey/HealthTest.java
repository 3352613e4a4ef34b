package se.hord.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.hord.testkit.DatabaseTest;

@MicronautTest
class HealthTest implements DatabaseTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public String database() {
    return "hord_test_survey";
  }

  @Test
  void answersHealthWhenTheDatabaseIsUp() {
    HttpResponse<String> response = client.toBlocking().exchange("/health", String.class);
    assertEquals(200, response.code());
  }
}

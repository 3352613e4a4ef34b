package se.hord.survey;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import se.hord.testkit.DatabaseTest;

/** Base of the HTTP tests: the running service, its test database, and {@link Api}. */
public abstract class ServiceTest implements DatabaseTest {
  @Inject
  @Client("/")
  HttpClient client;

  private Api api;

  @Override
  public String database() {
    return "hord_test_survey";
  }

  protected Api api() {
    if (api == null) {
      api = new Api(client);
    }
    return api;
  }
}

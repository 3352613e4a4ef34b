package se.hord.analysis.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.hord.analysis.Items.item;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.hord.analysis.fake.FakeServicesController;
import se.hord.analysis.fake.Ports;
import se.hord.testkit.DatabaseTest;

/**
 * A new flag is reported to survey-service (here {@link FakeServicesController} over real HTTP)
 * with its municipality and number only, retried until accepted, and then never again.
 */
@MicronautTest(transactional = false)
class SafeguardingAlertTest implements DatabaseTest {
  private static final int PORT = Ports.free();
  private static final String MUNICIPALITY = "2926";

  @Inject SafeguardingService safeguarding;
  @Inject SafeguardingAlerter alerter;
  @Inject FlagRepository flags;
  @Inject FakeServicesController services;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = Ports.withFakeServices(DatabaseTest.super.getProperties(), PORT);
    p.put("hord.safeguarding.alerts.enabled", "true");
    // The test drives the alerter itself; the schedule only runs once at start.
    p.put("hord.safeguarding.alerts.interval", "1h");
    p.put("hord.safeguarding.alerts.retry-max", "1s");
    return p;
  }

  @Test
  void aNewFlagIsAlertedOnceWithoutItsTextRetryingUntilAccepted() throws Exception {
    String id = "survey:alert-" + UUID.randomUUID() + ":varfor";
    safeguarding.check(
        List.of(
            item(
                id,
                MUNICIPALITY,
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "pappa slår mig när han är full",
                "2026-03-01T11:00:00Z")));
    long flag =
        flags.listByMunicipalityInListOrderByIdDesc(List.of(MUNICIPALITY)).stream()
            .filter(f -> f.itemId().equals(id))
            .findFirst()
            .orElseThrow()
            .id();
    services.alertFailures.put(flag, new AtomicInteger(2));

    long deadline = System.nanoTime() + 120_000_000_000L;
    while (alertedAt(flag) == null) {
      if (System.nanoTime() > deadline) {
        fail("the alert for flag " + flag + " was never accepted: " + services.alerts);
      }
      alerter.tick();
      Thread.sleep(200);
    }
    List<Map<String, Object>> requests =
        services.alerts.stream()
            .filter(a -> ((Number) a.get("flagId")).longValue() == flag)
            .toList();
    assertEquals(3, requests.size(), requests.toString());
    for (Map<String, Object> request : requests) {
      assertEquals(java.util.Set.of("municipality", "flagId"), request.keySet());
      assertEquals(MUNICIPALITY, request.get("municipality"));
    }
    assertEquals("2", value("SELECT alert_attempts FROM safeguarding_flag WHERE id = " + flag));

    alerter.tick();
    safeguarding.check(
        List.of(
            item(
                id,
                MUNICIPALITY,
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "pappa slår mig när han är full",
                "2026-03-01T11:00:00Z")));
    alerter.tick();
    assertEquals(
        3,
        services.alerts.stream()
            .filter(a -> ((Number) a.get("flagId")).longValue() == flag)
            .count(),
        "a re-delivered answer flags nothing new and the accepted alert is never sent again");
    assertTrue(services.alerts.stream().noneMatch(a -> a.toString().contains("pappa")));
  }

  @Test
  void anAlertNotYetAcceptedIsSentByTheNextStartOfTheService() throws Exception {
    String id = "survey:restart-" + UUID.randomUUID() + ":varfor";
    Map<String, Object> down = new java.util.HashMap<>(getProperties());
    down.put("hord.services.survey", "http://127.0.0.1:9");
    down.put("micronaut.server.port", "-1");
    down.remove("test.fake-services");
    long flag;
    try (ApplicationContext before = ApplicationContext.run(down, "test")) {
      before
          .getBean(SafeguardingService.class)
          .check(
              List.of(
                  item(
                      id,
                      MUNICIPALITY,
                      "survey",
                      "16-19",
                      "kille",
                      "Centrum",
                      "jag vill inte leva längre",
                      "2026-03-02T11:00:00Z")));
      flag =
          before
              .getBean(FlagRepository.class)
              .listByMunicipalityInListOrderByIdDesc(List.of(MUNICIPALITY))
              .stream()
              .filter(f -> f.itemId().equals(id))
              .findFirst()
              .orElseThrow()
              .id();
      assertEquals(0, before.getBean(SafeguardingAlerter.class).tick());
    }
    assertEquals(null, alertedAt(flag), "survey-service was down: not alerted yet");

    long deadline = System.nanoTime() + 120_000_000_000L;
    while (alertedAt(flag) == null) {
      if (System.nanoTime() > deadline) {
        fail("the alert for flag " + flag + " was never sent after the restart");
      }
      alerter.tick();
      Thread.sleep(200);
    }
    assertEquals(
        1,
        services.alerts.stream()
            .filter(a -> ((Number) a.get("flagId")).longValue() == flag)
            .count());
  }

  private String alertedAt(long flag) throws SQLException {
    return value("SELECT alerted_at FROM safeguarding_flag WHERE id = " + flag);
  }

  private String value(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                getProperties().get("datasources.default.url"),
                getProperties().getOrDefault("datasources.default.username", "root"),
                getProperties().getOrDefault("datasources.default.password", ""));
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}

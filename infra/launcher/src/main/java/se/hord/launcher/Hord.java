package se.hord.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.mariadb.LocalMariaDb;

/**
 * All of Hörd on one machine: a MariaDB (found or embedded) and the three services, started in
 * order and stopped in reverse. Used by {@code ./hord up} and by the end-to-end tests.
 */
public final class Hord implements AutoCloseable {
  /** The service modules, in start order, with the environment variable naming each port. */
  public static final List<String> SERVICES =
      List.of("survey-service", "dialogue-service", "analysis");

  private final LocalMariaDb database;
  private final List<ServiceProcess> services = new ArrayList<>();

  private Hord(LocalMariaDb database) {
    this.database = database;
  }

  /**
   * Starts the services from their built jars under {@code projectRoot}.
   *
   * @param env settings for the services (ports, secrets, database prefix, ...)
   */
  public static Hord start(
      Path projectRoot, LocalMariaDb database, Map<String, String> env, Path logDir)
      throws IOException, InterruptedException {
    Hord hord = new Hord(database);
    try {
      Map<String, String> serviceEnv = new HashMap<>(env);
      serviceEnv.put("HORD_DB_URL", database.url());
      serviceEnv.put("HORD_DB_USER", database.user());
      serviceEnv.put("HORD_DB_PASSWORD", database.password());
      for (String module : SERVICES) {
        Path jar = projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.exists(jar)) {
          throw new IllegalStateException(jar + " is missing: build first (./hord build)");
        }
        int port = Integer.parseInt(env.get(portVariable(module)));
        hord.services.add(
            ServiceProcess.start(module, jar, port, serviceEnv, logDir.resolve(module + ".log")));
      }
      for (ServiceProcess service : hord.services) {
        service.awaitHealthy(Duration.ofSeconds(120));
      }
      return hord;
    } catch (IOException | InterruptedException | RuntimeException e) {
      hord.close();
      throw e;
    }
  }

  /** The environment variable that sets a service module's port. */
  public static String portVariable(String module) {
    return switch (module) {
      case "survey-service" -> "HORD_SURVEY_PORT";
      case "dialogue-service" -> "HORD_DIALOGUE_PORT";
      case "analysis" -> "HORD_ANALYSIS_PORT";
      default -> throw new IllegalArgumentException(module);
    };
  }

  public List<ServiceProcess> services() {
    return List.copyOf(services);
  }

  public LocalMariaDb database() {
    return database;
  }

  /** Stops the services in reverse order; the database is its owner's to close. */
  @Override
  public void close() {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
    services.clear();
  }
}

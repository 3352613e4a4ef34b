package se.hord.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import se.hord.launcher.Hord;
import se.hord.launcher.ServiceProcess;
import se.hord.testkit.TestDatabase;

/**
 * The three services, started once per test JVM as real processes on free ports against the test
 * MariaDB (databases {@code hord_e2e_*}, dropped first), stopped when the JVM ends.
 */
final class Cluster {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "e2e-admin-password-" + Long.toHexString(System.nanoTime());
  private static Cluster running;

  private final Hord hord;

  private Cluster(Hord hord) {
    this.hord = hord;
  }

  static synchronized Cluster get() throws IOException, InterruptedException {
    if (running == null) {
      for (String service : new String[] {"survey", "dialogue", "analysis"}) {
        TestDatabase.freshDatabase("hord_e2e_" + service);
      }
      Path root = Path.of(System.getProperty("hord.root", "../..")).toAbsolutePath();
      Path data = root.resolve("infra/e2e/target/e2e-data");
      deleteRecursively(data); // the index is derived: every run starts from empty feeds
      Map<String, String> env = new HashMap<>();
      env.put("HORD_DB_PREFIX", TestDatabase.name("hord_e2e_"));
      env.put("HORD_JWT_SECRET", "e2e-secret-" + "x".repeat(40));
      env.put("HORD_SMS_HASH_KEY", "e2e-sms-hash-key-" + "h".repeat(40));
      env.put("HORD_SMS_ENCRYPTION_KEY", "e2e-sms-encryption-key-" + "e".repeat(40));
      env.put("HORD_BOOTSTRAP_ADMIN_USER", ADMIN);
      env.put("HORD_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("HORD_DATA_DIR", data.toString());
      // All test answers come from this machine; the per-address limit is tested in survey-service.
      env.put("HORD_SURVEY_SUBMISSIONS_PER_WINDOW", "100000");
      for (String module : Hord.SERVICES) {
        env.put(Hord.portVariable(module), Integer.toString(freePort()));
      }
      env.put("HORD_SURVEY_URL", "http://127.0.0.1:" + env.get("HORD_SURVEY_PORT"));
      env.put("HORD_DIALOGUE_URL", "http://127.0.0.1:" + env.get("HORD_DIALOGUE_PORT"));
      env.put("HORD_ANALYSIS_URL", "http://127.0.0.1:" + env.get("HORD_ANALYSIS_PORT"));
      Hord hord =
          Hord.start(root, TestDatabase.server(), env, root.resolve("infra/e2e/target/e2e-logs"));
      Runtime.getRuntime().addShutdownHook(new Thread(hord::close, "stop-e2e-services"));
      running = new Cluster(hord);
    }
    return running;
  }

  String url(String module) {
    return hord.services().stream()
        .filter(s -> s.name().equals(module))
        .map(ServiceProcess::baseUrl)
        .findFirst()
        .orElseThrow();
  }

  String survey() {
    return url("survey-service");
  }

  String dialogue() {
    return url("dialogue-service");
  }

  String analysis() {
    return url("analysis");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

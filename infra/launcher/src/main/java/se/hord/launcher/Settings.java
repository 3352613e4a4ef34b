package se.hord.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * The launcher's settings: every one an environment variable (see README.md), with the secrets the
 * launcher makes itself for a local run kept in {@code $HORD_DATA_DIR/secrets.properties}.
 */
record Settings(
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String dbPrefix,
    int surveyPort,
    int dialoguePort,
    int analysisPort,
    String jwtSecret,
    String adminUser,
    String adminPassword) {

  static Settings fromEnvironment(Map<String, String> env) throws IOException {
    Path dataDir = Path.of(env.getOrDefault("HORD_DATA_DIR", ".hord")).toAbsolutePath();
    Files.createDirectories(dataDir);
    Properties secrets = loadSecrets(dataDir);
    String jwt = env.getOrDefault("HORD_JWT_SECRET", secrets.getProperty("jwtSecret"));
    String adminPassword =
        env.getOrDefault("HORD_BOOTSTRAP_ADMIN_PASSWORD", secrets.getProperty("adminPassword"));
    return new Settings(
        dataDir,
        env.getOrDefault("HORD_DB_URL", "jdbc:mariadb://127.0.0.1:3306"),
        env.getOrDefault("HORD_DB_USER", "root"),
        env.getOrDefault("HORD_DB_PASSWORD", ""),
        env.getOrDefault("HORD_DB_PREFIX", "hord_"),
        Integer.parseInt(env.getOrDefault("HORD_SURVEY_PORT", "8081")),
        Integer.parseInt(env.getOrDefault("HORD_DIALOGUE_PORT", "8082")),
        Integer.parseInt(env.getOrDefault("HORD_ANALYSIS_PORT", "8083")),
        jwt,
        env.getOrDefault("HORD_BOOTSTRAP_ADMIN_USER", "admin"),
        adminPassword);
  }

  /** Secrets generated once for this data folder, so a restart keeps logins and tokens. */
  private static Properties loadSecrets(Path dataDir) throws IOException {
    Path file = dataDir.resolve("secrets.properties");
    Properties secrets = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        secrets.load(in);
      }
    }
    boolean changed = false;
    for (String key : SECRETS) {
      if (!secrets.containsKey(key)) {
        secrets.setProperty(key, randomSecret(key.endsWith("Password") ? 12 : 48));
        changed = true;
      }
    }
    if (changed) {
      try (OutputStream out = Files.newOutputStream(file)) {
        secrets.store(out, "Made by ./hord up for local runs only. Never use these in production.");
      }
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the folder's own permissions apply
      }
    }
    return secrets;
  }

  static String officialPassword(Path dataDir) throws IOException {
    return loadSecrets(dataDir).getProperty("officialPassword");
  }

  /** The secrets a local run makes for itself, unless the environment sets them. */
  private static final String[] SECRETS = {
    "jwtSecret", "smsHashKey", "smsEncryptionKey", "adminPassword", "officialPassword"
  };

  /** The SMS keys: from the environment, else the ones made for this data folder. */
  static Map<String, String> smsKeys(Map<String, String> env, Path dataDir) throws IOException {
    Properties secrets = loadSecrets(dataDir);
    return Map.of(
        "HORD_SMS_HASH_KEY",
        env.getOrDefault("HORD_SMS_HASH_KEY", secrets.getProperty("smsHashKey")),
        "HORD_SMS_ENCRYPTION_KEY",
        env.getOrDefault("HORD_SMS_ENCRYPTION_KEY", secrets.getProperty("smsEncryptionKey")));
  }

  static String randomSecret(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  String url(int port) {
    return "http://127.0.0.1:" + port;
  }
}

package se.hord.platform.app;

import io.micronaut.runtime.Micronaut;
import java.util.ArrayList;
import java.util.List;

/** Starts a Hörd service after checking that the secrets it cannot run without are set. */
public final class HordApplication {
  /** The secret every service needs; it has no default anywhere, on purpose. */
  static final String JWT_SECRET = "HORD_JWT_SECRET";

  private HordApplication() {}

  public static void run(Class<?> main, String... args) {
    runRequiring(main, args);
  }

  /**
   * Starts the service unless the JWT secret or one of {@code secrets} (environment variable names)
   * is missing or shorter than 32 characters.
   */
  public static void runRequiring(Class<?> main, String[] args, String... secrets) {
    List<String> missing = missingSecrets(System.getenv(), secrets);
    if (!missing.isEmpty()) {
      System.err.println(
          "Hörd kan inte starta: sätt "
              + String.join(", ", missing)
              + " (minst 32 tecken). ./hord up gör det åt dig."
              + "\nHörd cannot start: set "
              + String.join(", ", missing)
              + " (at least 32 characters). ./hord up does it for you.");
      System.exit(2);
    }
    Micronaut.build(args).mainClass(main).banner(false).start();
  }

  static List<String> missingSecrets(java.util.Map<String, String> env, String... secrets) {
    List<String> required = new ArrayList<>(List.of(JWT_SECRET));
    required.addAll(List.of(secrets));
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      String value = env.get(name);
      if (value == null || value.length() < 32) {
        missing.add(name);
      }
    }
    return missing;
  }
}

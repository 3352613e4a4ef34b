package se.hord.platform.app;

import io.micronaut.runtime.Micronaut;
import java.util.ArrayList;
import java.util.List;

/** Starts a Hörd service after checking that the secrets it cannot run without are set. */
public final class HordApplication {
  /** Environment variables that have no default anywhere, on purpose. */
  static final List<String> REQUIRED_SECRETS = List.of("HORD_JWT_SECRET");

  private HordApplication() {}

  public static void run(Class<?> main, String... args) {
    List<String> missing = missingSecrets(System.getenv());
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

  static List<String> missingSecrets(java.util.Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED_SECRETS) {
      String value = env.get(name);
      if (value == null || value.length() < 32) {
        missing.add(name);
      }
    }
    return missing;
  }
}

package se.hord.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import se.hord.mariadb.LocalMariaDb;

/** {@code ./hord up [--no-demo]} and {@code ./hord down}. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    List<String> arguments = Arrays.asList(args);
    String command = arguments.isEmpty() ? "up" : arguments.get(0);
    Settings settings = Settings.fromEnvironment(System.getenv());
    switch (command) {
      case "up" -> up(settings, !arguments.contains("--no-demo"));
      case "down" -> down(settings);
      default -> {
        System.err.println("usage: up [--no-demo] | down");
        System.exit(2);
      }
    }
  }

  private static void up(Settings settings, boolean demo) throws Exception {
    Path pidFile = settings.dataDir().resolve("launcher.pid");
    Optional<ProcessHandle> running = runningLauncher(pidFile);
    if (running.isPresent()) {
      System.err.println(
          "Hörd körs redan (process "
              + running.get().pid()
              + "). Stoppa med ./hord down.\nHörd is already running; stop it with ./hord down.");
      System.exit(1);
    }
    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
    Path root = Path.of("").toAbsolutePath();
    Path logs = settings.dataDir().resolve("logs");
    say("Letar efter MariaDB på " + settings.dbUrl() + " … (Looking for MariaDB)");
    LocalMariaDb database =
        LocalMariaDb.connectOrStart(
            settings.dbUrl(),
            settings.dbUser(),
            settings.dbPassword(),
            settings.dataDir().resolve("mariadb"));
    say(
        database.isEmbedded()
            ? "Ingen MariaDB svarade: startade en inbyggd på "
                + database.url()
                + ", data i "
                + database.dataDir()
                + " (none answered: started an embedded one)"
            : "Använder MariaDB på " + database.url() + " (using it)");
    say("Startar tjänsterna … (Starting the services; logs in " + logs + ")");
    Hord hord;
    try {
      Map<String, String> env = serviceEnvironment(settings);
      env.putAll(Settings.smsKeys(System.getenv(), settings.dataDir()));
      hord = Hord.start(root, database, env, logs);
    } catch (RuntimeException e) {
      database.close();
      Files.deleteIfExists(pidFile);
      throw e;
    }
    AtomicBoolean stopping = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping.set(true);
                  say("Stoppar Hörd … (Stopping)");
                  hord.close();
                  database.close();
                  try {
                    Files.deleteIfExists(pidFile);
                  } catch (IOException e) {
                    // nothing left to do
                  }
                },
                "hord-stop"));
    String demoSlug = demo ? new DemoData(settings).loadIfEmpty() : null;
    printWelcome(settings, demoSlug);
    while (stopping.get() || hord.services().stream().allMatch(ServiceProcess::isAlive)) {
      Thread.sleep(Duration.ofSeconds(1));
    }
    say("En tjänst stannade; se loggarna i " + logs + " (A service stopped; see the logs.)");
    System.exit(1);
  }

  private static Map<String, String> serviceEnvironment(Settings s) {
    Map<String, String> env = new HashMap<>();
    env.put("HORD_DB_PREFIX", s.dbPrefix());
    env.put("HORD_JWT_SECRET", s.jwtSecret());
    env.put("HORD_BOOTSTRAP_ADMIN_USER", s.adminUser());
    env.put("HORD_BOOTSTRAP_ADMIN_PASSWORD", s.adminPassword());
    env.put("HORD_SURVEY_PORT", Integer.toString(s.surveyPort()));
    env.put("HORD_DIALOGUE_PORT", Integer.toString(s.dialoguePort()));
    env.put("HORD_ANALYSIS_PORT", Integer.toString(s.analysisPort()));
    env.put("HORD_SURVEY_URL", s.url(s.surveyPort()));
    env.put("HORD_DIALOGUE_URL", s.url(s.dialoguePort()));
    env.put("HORD_ANALYSIS_URL", s.url(s.analysisPort()));
    env.put("HORD_DATA_DIR", s.dataDir().toString());
    // The demo data's answers all come from this machine; survey-service limits answers per
    // address (120 per 10 minutes by default), so the demo gets room unless the user set a limit.
    env.put(
        "HORD_SURVEY_SUBMISSIONS_PER_WINDOW",
        System.getenv().getOrDefault("HORD_SURVEY_SUBMISSIONS_PER_WINDOW", "2000"));
    return env;
  }

  private static void printWelcome(Settings s, String demoSlug) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("\nHörd är igång. (Hörd is running.)\n");
    out.append("  Enkäter  (survey-service):   ").append(s.url(s.surveyPort())).append('\n');
    out.append("  Dialoger (dialogue-service): ").append(s.url(s.dialoguePort())).append('\n');
    out.append("  Analys   (analysis):         ").append(s.url(s.analysisPort())).append('\n');
    out.append("  Sök (search page):           ")
        .append(s.url(s.analysisPort()))
        .append("/search\n");
    out.append("  Logga in (log in):           ").append(s.url(s.surveyPort())).append("/login\n");
    out.append("  Admin: ")
        .append(s.adminUser())
        .append(" / ")
        .append(s.adminPassword())
        .append('\n');
    if (demoSlug != null) {
      out.append("  Tjänsteperson (official, Örebro 1880): ")
          .append(DemoData.OFFICIAL)
          .append(" / ")
          .append(Settings.officialPassword(s.dataDir()))
          .append('\n');
      out.append("  Demoenkät (demo survey form): ")
          .append(s.url(s.surveyPort()))
          .append("/s/")
          .append(demoSlug)
          .append('\n');
    }
    out.append("Stoppa med Ctrl-C eller ./hord down. (Stop with Ctrl-C or ./hord down.)\n");
    System.out.print(out);
    System.out.flush();
  }

  private static void down(Settings settings) throws InterruptedException {
    Path pidFile = settings.dataDir().resolve("launcher.pid");
    Optional<ProcessHandle> running = runningLauncher(pidFile);
    if (running.isEmpty()) {
      say("Hörd körs inte. (Hörd is not running.)");
      return;
    }
    running.get().destroy();
    for (int i = 0; i < 60 && running.get().isAlive(); i++) {
      Thread.sleep(500);
    }
    say(
        running.get().isAlive()
            ? "Hörd stannar inte. (Hörd does not stop.)"
            : "Hörd stoppad. (Stopped.)");
  }

  private static Optional<ProcessHandle> runningLauncher(Path pidFile) {
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}

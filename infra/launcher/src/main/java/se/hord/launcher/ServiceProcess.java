package se.hord.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Hörd service running as its own process ({@code java -jar}), logging to a file. */
public final class ServiceProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final String baseUrl;
  private final Path log;

  private ServiceProcess(String name, Process process, String baseUrl, Path log) {
    this.name = name;
    this.process = process;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  /**
   * Starts the runnable jar of a service module with these environment variables.
   *
   * @param jar the module's {@code target/NAME.jar} (its libraries beside it in {@code lib/})
   */
  public static ServiceProcess start(
      String name, Path jar, int port, Map<String, String> env, Path logFile) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions(name));
    command.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    // glibc gives each thread that allocates its own malloc arena (64 MiB of address space each, of
    // which a part stays resident); two are plenty for a JVM, whose heap is not malloc'd.
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    builder.environment().putAll(env);
    Files.createDirectories(logFile.getParent());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    return new ServiceProcess(name, builder.start(), "http://127.0.0.1:" + port, logFile);
  }

  /**
   * The JVM's memory settings per service. Issue 7 allows analysis 1 GiB of RSS with a million
   * answers (its index writer's buffer, facet ordinals and reports live on the heap; the index
   * itself is memory-mapped and counts only as the file pages searches touch) and the others 512
   * MiB. The heap is the largest part; metaspace, code cache, direct buffers (Netty) and thread
   * stacks come on top, so each heap is well below its service's RSS budget. The 1M-answer bench
   * run of 2026-11-23 measured survey-service at 581 MiB with a 384 MiB heap and analysis at 1,034
   * MiB with 640 MiB: the heaps, the code cache and direct buffers were then capped lower.
   */
  static List<String> jvmOptions(String service) {
    String heap = service.equals("analysis") ? "-Xmx576m" : "-Xmx256m";
    return List.of(
        "-Xms64m",
        heap,
        "-XX:MaxMetaspaceSize=160m",
        "-XX:ReservedCodeCacheSize=96m",
        "-XX:MaxDirectMemorySize=64m",
        "-XX:+UseSerialGC");
  }

  /** Waits until {@code GET /health} answers 200, or fails with the log's path. */
  public void awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " stopped while starting (exit " + process.exitValue() + "); see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        name + " did not become healthy in " + timeout + "; see " + log);
  }

  public String name() {
    return name;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the service gracefully (SIGTERM), forcibly after 20 seconds. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

package se.hord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.hord.launcher.ServiceProcess;

/** Resident memory of each service at the end of the run ({@code VmRSS} in /proc). */
final class Memory {
  private Memory() {}

  static void run(Context ctx) throws IOException {
    for (ServiceProcess service : ctx.cluster().services()) {
      double mib = rssMib(service.pid());
      int goal = service.name().equals("analysis") ? 1024 : 512;
      ctx.add(
          Row.of(
              "memory: RSS of " + service.name(),
              mib,
              "MiB",
              null,
              "≤ " + goal + " MiB",
              mib <= goal));
    }
  }

  static double rssMib(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IOException("no VmRSS for process " + pid);
  }
}

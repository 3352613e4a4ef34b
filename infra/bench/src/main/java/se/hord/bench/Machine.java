package se.hord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a run measured: CPUs, CPU model, memory, load when it started. */
final class Machine {
  private Machine() {}

  static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put("cpuModel", firstValue("/proc/cpuinfo", "model name"));
    m.put("memTotal", firstValue("/proc/meminfo", "MemTotal"));
    m.put("loadAverage", read("/proc/loadavg"));
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  private static String firstValue(String file, String key) {
    for (String line : read(file).split("\n")) {
      if (line.startsWith(key)) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return "unknown";
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file)).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }
}

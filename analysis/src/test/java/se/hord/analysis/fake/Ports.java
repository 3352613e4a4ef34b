package se.hord.analysis.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Test servers on a port known before they start, so they can call themselves. */
public final class Ports {
  private Ports() {}

  /** A port free right now. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The properties that run the test server on {@code port} with {@link FakeServicesController}
   * standing in for survey-service and dialogue-service.
   */
  public static Map<String, String> withFakeServices(Map<String, String> base, int port) {
    Map<String, String> properties = new HashMap<>(base);
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("test.fake-services", "true");
    properties.put("hord.services.survey", "http://127.0.0.1:" + port + "/fake/survey");
    properties.put("hord.services.dialogue", "http://127.0.0.1:" + port + "/fake/dialogue");
    return properties;
  }
}

package se.hord.survey.sms.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local fake of Twilio's Messages API: a real HTTP server answering {@code POST
 * /2010-04-01/Accounts/{sid}/Messages.json} like Twilio does (bodies from {@code
 * ../shared/data/twilio_message_resource.json} and {@code twilio_errors.json}), programmable per
 * recipient, and recording every request it gets.
 */
public final class FakeTwilio implements AutoCloseable {
  /** Twilio's sample data beside the repository. */
  public static final Path DATA = Path.of("../../shared/data");

  private static final Pattern MESSAGES =
      Pattern.compile("/2010-04-01/Accounts/(AC[0-9a-zA-Z]+)/Messages\\.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as the fake got it. */
  public record Received(String accountSid, String authorization, Map<String, String> params) {
    public String to() {
      return params.get("To");
    }

    public String body() {
      return params.get("Body");
    }
  }

  /** A scripted answer: an HTTP status and a JSON body. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final JsonNode created;
  private final JsonNode errors;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
  private volatile Duration delay = Duration.ZERO;

  private FakeTwilio() throws IOException {
    created =
        read("twilio_message_resource.json").path("examples").path("create_response_queued_201");
    errors = read("twilio_errors.json").path("rest_error_examples");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  /** Starts a fake on a free local port. */
  public static FakeTwilio start() {
    try {
      return new FakeTwilio();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL to give as HORD_TWILIO_API_BASE. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request so far, in order. */
  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests that went to this number. */
  public List<Received> receivedBy(String to) {
    return received.stream().filter(r -> to.equals(r.to())).toList();
  }

  /** The next answers for messages to {@code to}, in order; afterwards it is accepted again. */
  public void script(String to, Answer... answers) {
    scripts.computeIfAbsent(to, k -> new ArrayDeque<>()).addAll(List.of(answers));
  }

  /** Every answer takes this long (to stop the service while a request is in flight). */
  public void delay(Duration delay) {
    this.delay = delay;
  }

  /** Twilio's answer to too many requests. */
  public static Answer tooManyRequests() {
    return new Answer(
        429,
        "{\"code\":20429,\"message\":\"Too Many Requests\","
            + "\"more_info\":\"https://www.twilio.com/docs/errors/20429\",\"status\":429}");
  }

  /** A server error. */
  public static Answer serverError() {
    return new Answer(
        500,
        "{\"code\":20500,\"message\":\"Internal Server Error\","
            + "\"more_info\":\"https://www.twilio.com/docs/errors/20500\",\"status\":500}");
  }

  /** The error body twilio_errors.json has for this code (21211 invalid To, 21610 unsubscribed). */
  public Answer error(int code) {
    for (JsonNode example : errors) {
      if (example.path("body").path("code").asInt() == code) {
        return new Answer(example.path("http_status").asInt(), example.path("body").toString());
      }
    }
    throw new IllegalArgumentException("no example of Twilio error " + code);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher path = MESSAGES.matcher(exchange.getRequestURI().getPath());
      if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
        send(exchange, error(20404));
        return;
      }
      Map<String, String> params =
          form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      received.add(new Received(path.group(1), authorization, params));
      pause();
      Deque<Answer> script = scripts.get(params.get("To"));
      Answer scripted = script == null ? null : script.pollFirst();
      send(exchange, scripted != null ? scripted : accepted(path.group(1), params));
    }
  }

  private Answer accepted(String accountSid, Map<String, String> params) {
    ObjectNode body = created.deepCopy();
    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
    body.put("sid", sid);
    body.put("account_sid", accountSid);
    body.put("to", params.get("To"));
    body.put("body", params.get("Body"));
    body.put("from", params.get("From"));
    body.put("messaging_service_sid", params.get("MessagingServiceSid"));
    body.put("uri", "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid + ".json");
    return new Answer(201, body.toString());
  }

  private void pause() {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static JsonNode read(String name) throws IOException {
    return JSON.readTree(DATA.resolve(name).toFile());
  }

  /** For tests that want the list of numbers it texted, in order. */
  public List<String> recipients() {
    List<String> to = new ArrayList<>();
    received.forEach(r -> to.add(r.to()));
    return to;
  }
}

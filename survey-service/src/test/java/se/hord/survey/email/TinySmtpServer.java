package se.hord.survey.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server on a real socket (127.0.0.1, a free port) for the tests: it speaks enough of
 * RFC 5321 for Jakarta Mail (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT, no STARTTLS) and keeps each
 * message's recipients and raw data.
 */
final class TinySmtpServer implements AutoCloseable {
  /** One message as received: the RCPT TO addresses and the DATA text. */
  record Received(List<String> to, String data) {}

  private final ServerSocket socket;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private TinySmtpServer(ServerSocket socket) {
    this.socket = socket;
  }

  static TinySmtpServer start() {
    try {
      TinySmtpServer server =
          new TinySmtpServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      Thread.ofPlatform().daemon().name("tiny-smtp").start(server::serve);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        talk(client);
      } catch (IOException e) {
        // closed, or a client went away: wait for the next
      }
    }
  }

  private void talk(Socket client) throws IOException {
    var in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
    reply(out, "220 tiny-smtp ready");
    List<String> to = new CopyOnWriteArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 tiny-smtp");
        case "MAIL", "NOOP" -> reply(out, "250 OK");
        case "RSET" -> {
          to.clear();
          reply(out, "250 OK");
        }
        case "RCPT" -> {
          to.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
          reply(out, "250 OK");
        }
        case "DATA" -> {
          reply(out, "354 go ahead");
          StringBuilder data = new StringBuilder();
          while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
          }
          received.add(new Received(List.copyOf(to), data.toString()));
          to.clear();
          reply(out, "250 queued");
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "502 not implemented");
      }
    }
  }

  private static void reply(PrintWriter out, String text) {
    out.print(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}

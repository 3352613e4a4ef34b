package se.hord.survey.email;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The SMTP server e-mail goes through: HORD_SMTP_HOST, HORD_SMTP_PORT (default 587, STARTTLS when
 * the server offers it), HORD_SMTP_USER, HORD_SMTP_PASSWORD and the sender HORD_SMTP_FROM. Without
 * a host, e-mail is only recorded as "simulated".
 */
@ConfigurationProperties("hord.smtp")
public class SmtpSettings {
  private String host = "";
  private int port = 587;
  private String user = "";
  private String password = "";
  private String from = "";

  public boolean isConfigured() {
    return !host.isBlank();
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host == null ? "" : host;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user == null ? "" : user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from == null ? "" : from;
  }
}

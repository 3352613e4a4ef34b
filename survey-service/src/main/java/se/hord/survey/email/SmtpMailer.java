package se.hord.survey.email;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Sends one plain-text UTF-8 e-mail through the configured SMTP server (Jakarta Mail / Angus). */
@Singleton
class SmtpMailer {
  private static final String TIMEOUT_MILLIS = "20000";
  private final SmtpSettings settings;

  SmtpMailer(SmtpSettings settings) {
    this.settings = settings;
  }

  void send(String to, String subject, String body) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.getHost());
    props.put("mail.smtp.port", Integer.toString(settings.getPort()));
    props.put("mail.smtp.starttls.enable", "true");
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    Authenticator login = null;
    if (!settings.getUser().isBlank()) {
      props.put("mail.smtp.auth", "true");
      login =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(settings.getUser(), settings.getPassword());
            }
          };
    }
    MimeMessage message = new MimeMessage(Session.getInstance(props, login));
    message.setFrom(new InternetAddress(settings.getFrom(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    Transport.send(message);
  }
}

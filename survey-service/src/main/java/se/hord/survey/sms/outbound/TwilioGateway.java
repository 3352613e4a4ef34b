package se.hord.survey.sms.outbound;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import se.hord.survey.sms.twilio.TwilioSettings;

/**
 * Sends through Twilio's Messages API with the SDK, from HORD_TWILIO_FROM or a Messaging Service.
 */
@Singleton
class TwilioGateway implements SmsGateway {
  private final TwilioSettings settings;
  private volatile TwilioRestClient client;

  TwilioGateway(TwilioSettings settings) {
    this.settings = settings;
  }

  @Override
  public SendOutcome send(String to, String body) {
    try {
      Message message = creator(to, body).create(client());
      return new SendOutcome.Accepted(message.getSid());
    } catch (ApiConnectionException e) {
      return noAnswer(e);
    } catch (ApiException e) {
      if (e.getStatusCode() == null) {
        return noAnswer(e);
      }
      int status = e.getStatusCode();
      String why = "HTTP " + status + " code " + e.getCode();
      return status == 429 || status >= 500
          ? new SendOutcome.TryLater(e.getCode(), why)
          : new SendOutcome.Refused(e.getCode(), why);
    } catch (TwilioException e) {
      return new SendOutcome.Unknown("unreadable answer from Twilio");
    }
  }

  private MessageCreator creator(String to, String body) {
    PhoneNumber recipient = new PhoneNumber(to);
    MessageCreator creator =
        settings.getMessagingServiceSid().isBlank()
            ? Message.creator(recipient, new PhoneNumber(settings.getFrom()), body)
            : Message.creator(recipient, settings.getMessagingServiceSid(), body);
    if (!settings.getPublicBaseUrl().isBlank()) {
      creator.setStatusCallback(URI.create(settings.getPublicBaseUrl() + "/sms/twilio/status"));
    }
    return creator;
  }

  private TwilioRestClient client() {
    if (client == null) {
      synchronized (this) {
        if (client == null) {
          client =
              new TwilioRestClient.Builder(settings.getAccountSid(), settings.getAuthToken())
                  .httpClient(new TwilioHttpClient(settings.getApiBase()))
                  .build();
        }
      }
    }
    return client;
  }

  /**
   * No HTTP answer. When no connection could be made the request surely never left, so it may be
   * tried again; otherwise (e.g. a read timeout) Twilio may have taken it: unknown, not resent.
   */
  private static SendOutcome noAnswer(TwilioException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        return new SendOutcome.TryLater(null, "Twilio could not be reached");
      }
    }
    return new SendOutcome.Unknown("no answer from Twilio");
  }
}

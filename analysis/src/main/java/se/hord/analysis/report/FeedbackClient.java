package se.hord.analysis.report;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.feedback.FeedbackPeriod;
import se.hord.platform.feedback.FeedbackYear;
import se.hord.platform.security.ServiceTokens;

/**
 * Asks survey-service and dialogue-service ({@code GET /api/internal/feedback}, SERVICE token) what
 * a municipality fed back in a year. A service that does not answer gives a part that says so,
 * never an error.
 */
@Singleton
class FeedbackClient {
  private static final Logger LOG = LoggerFactory.getLogger(FeedbackClient.class);
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final HttpClient client;
  private final ServiceTokens tokens;
  private final URI survey;
  private final URI dialogue;

  FeedbackClient(
      HttpClient client,
      ServiceTokens tokens,
      @Property(name = "hord.services.survey") String survey,
      @Property(name = "hord.services.dialogue") String dialogue) {
    this.client = client;
    this.tokens = tokens;
    this.survey = URI.create(survey);
    this.dialogue = URI.create(dialogue);
  }

  /** Both services' parts, survey-service's first. */
  List<Barnbokslut.FeedbackPart> fetch(FeedbackPeriod period) {
    return List.of(
        part(
            "survey",
            survey,
            period,
            "Enkättjänsten svarade inte, så återkopplingen från enkäterna saknas här. Försök igen"
                + " senare. (The survey service did not answer, so the surveys' feedback is"
                + " missing. Try again later.)"),
        part(
            "dialogue",
            dialogue,
            period,
            "Dialogtjänsten svarade inte, så återkopplingen från dialogerna saknas här. Försök igen"
                + " senare. (The dialogue service did not answer, so the dialogues' feedback is"
                + " missing. Try again later.)"));
  }

  private Barnbokslut.FeedbackPart part(
      String service, URI base, FeedbackPeriod period, String down) {
    URI uri =
        UriBuilder.of(base)
            .path("/api/internal/feedback")
            .queryParam("municipality", period.municipality())
            .queryParam("year", period.year())
            .build();
    try {
      FeedbackYear year =
          client
              .toBlocking()
              .retrieve(
                  HttpRequest.GET(uri).bearerAuth(tokens.token("analysis")), FeedbackYear.class);
      return new Barnbokslut.FeedbackPart(
          service, true, null, year.items().stream().map(FeedbackClient::fed).toList());
    } catch (RuntimeException e) {
      LOG.warn("{} feedback not available: {}", service, e.getClass().getSimpleName());
      return new Barnbokslut.FeedbackPart(service, false, down, List.of());
    }
  }

  private static Barnbokslut.Fed fed(FeedbackYear.Sent sent) {
    return new Barnbokslut.Fed(
        sent.source(),
        sent.originId(),
        sent.originTitle(),
        sent.sentAt(),
        sent.sentAt().atZone(SWEDEN).toLocalDate().toString(),
        sent.message(),
        sent.channel(),
        sent.recipients() == null ? null : Suppression.figure(sent.recipients()),
        sent.reached() == null ? null : Suppression.figure(sent.reached()));
  }
}

package se.hord.survey.sms.simulator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import se.hord.platform.web.ProblemException;
import se.hord.survey.form.FormTokens;
import se.hord.survey.sms.conversation.ConversationService;
import se.hord.survey.sms.twilio.TwilioSettings;

/**
 * The /dev/sms simulator, only while Twilio is not configured: a person plays the phone in the
 * browser, texts the service and reads its replies and the simulated outgoing messages.
 */
@Controller("/dev/sms")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class SimulatorController {
  /** The scope of the simulator's CSRF tokens (the form package's tokens, another scope). */
  static final String SCOPE = "dev-sms";

  private final TwilioSettings twilio;
  private final ConversationService conversations;
  private final FormTokens tokens;
  private final SimulatorPage pages;

  SimulatorController(
      TwilioSettings twilio,
      ConversationService conversations,
      FormTokens tokens,
      SimulatorPage pages) {
    this.twilio = twilio;
    this.conversations = conversations;
    this.tokens = tokens;
    this.pages = pages;
  }

  /** The simulator page; with {@code phone}, the messages sent to that number so far. */
  @Get
  public HttpResponse<?> show(@Nullable @QueryValue String phone) {
    requireSimulation();
    return page(HttpStatus.OK, SimulatorForm.start(phone), tokens.newSubmissionId(), null);
  }

  /** Texts the service as this phone: the replies, added to the conversation shown so far. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<?> text(@Body Map<String, Object> body) {
    requireSimulation();
    SimulatorForm form = SimulatorForm.of(body);
    if (!tokens.valid(SCOPE, form.session(), form.token())) {
      return page(HttpStatus.FORBIDDEN, form, tokens.newSubmissionId(), SimulatorForm.FORBIDDEN);
    }
    String problem = form.problem();
    if (problem != null) {
      return page(HttpStatus.BAD_REQUEST, form, form.session(), problem);
    }
    List<String> replies = conversations.handle(form.phone(), form.message());
    return page(HttpStatus.OK, form.sent(replies), form.session(), null);
  }

  private HttpResponse<?> page(
      HttpStatus status, SimulatorForm form, String session, @Nullable String error) {
    Map<String, Object> model = pages.model(form, error);
    model.put("session", session);
    model.put("token", tokens.token(SCOPE, session));
    return HttpResponse.status(status).body(new ModelAndView<>("sms/simulator", model));
  }

  private void requireSimulation() {
    if (twilio.isConfigured()) {
      throw ProblemException.notFound(
          "Sidan finns inte: sms går genom Twilio här. (Not found: SMS go through Twilio here.)");
    }
  }
}

package se.hord.survey.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import se.hord.platform.web.ProblemException;

/** Login: JSON for scripts and apps, an HTML form that sets the {@code HORD_TOKEN} cookie. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
  static final String COOKIE = "HORD_TOKEN";
  private final LoginService login;
  private final ReturnTo returnTo;

  public LoginController(LoginService login, ReturnTo returnTo) {
    this.login = login;
    this.returnTo = returnTo;
  }

  /** Signs in with username and password and answers with a bearer token. */
  @Post
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public LoginResponse token(@Body Credentials credentials) {
    return login.login(credentials.username(), credentials.password());
  }

  /** The login page. */
  @Get
  @Produces(MediaType.TEXT_HTML)
  public ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String returnTo) {
    return view(returnTo, null, null);
  }

  /** The login form: sets the token cookie and goes back to where the person came from. */
  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public HttpResponse<?> form(@Body Map<String, String> form, HttpRequest<?> request) {
    String username = form.get("username");
    String target = form.get("returnTo");
    try {
      LoginResponse token = login.login(username, form.get("password"));
      Cookie cookie =
          Cookie.of(COOKIE, token.accessToken())
              .httpOnly(true)
              .sameSite(SameSite.Lax)
              .secure(request.isSecure())
              .path("/")
              .maxAge(login.expiresIn());
      return HttpResponse.seeOther(URI.create(returnTo.safe(target))).cookie(cookie);
    } catch (ProblemException e) {
      HttpStatus status =
          e.status() == HttpStatus.TOO_MANY_REQUESTS ? e.status() : HttpStatus.UNAUTHORIZED;
      return HttpResponse.status(status).body(view(target, username, e.getMessage()));
    }
  }

  private static ModelAndView<Map<String, Object>> view(
      String returnTo, String username, String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", "Logga in");
    model.put("returnTo", returnTo == null ? "" : returnTo);
    model.put("username", username == null ? "" : username);
    if (error != null) {
      model.put("error", error);
    }
    return new ModelAndView<>("login/page", model);
  }
}

package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;

/**
 * One young person's browser without JavaScript, over plain HTTP: it keeps the resume cookie the
 * form sets and posts each page with the hidden fields of the page it was shown last.
 */
final class FormClient {
  private static final Pattern COOKIE = Pattern.compile(FormFlow.COOKIE + "=([^;]*)");
  private final Api api;
  private final String slug;
  String cookie;
  String html;
  Reply last;

  FormClient(Api api, String slug) {
    this.api = api;
    this.slug = slug;
  }

  Reply open(String query) {
    MutableHttpRequest<?> request =
        HttpRequest.GET("/s/" + slug + query).accept(MediaType.TEXT_HTML);
    return keep(
        api.text(
            cookie == null
                ? request
                : request.cookie(io.micronaut.http.cookie.Cookie.of(FormFlow.COOKIE, cookie))));
  }

  /** Posts these fields with the shown page's hidden fields. */
  Reply post(String fields) {
    String body =
        "submissionId="
            + enc(field("submissionId"))
            + "&formToken="
            + enc(field("formToken"))
            + "&lang="
            + enc(field("lang"))
            + (html.contains("name=\"page\"") ? "&page=" + field("page") : "")
            + (fields.isEmpty() ? "" : "&" + fields);
    MutableHttpRequest<?> request =
        HttpRequest.POST("/s/" + slug, body)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            .accept(MediaType.TEXT_HTML);
    return keep(
        api.text(
            cookie == null
                ? request
                : request.cookie(io.micronaut.http.cookie.Cookie.of(FormFlow.COOKIE, cookie))));
  }

  /** Posts exactly these fields to a path under the survey, e.g. {@code /hear-back}. */
  Reply post2(String path, String body) {
    return keep(
        api.text(
            HttpRequest.POST("/s/" + slug + path, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML)));
  }

  String field(String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), "no " + name + " in " + html);
    return m.group(1);
  }

  private Reply keep(Reply reply) {
    last = reply;
    html = reply.text();
    for (String header : reply.raw().getHeaders().getAll("Set-Cookie")) {
      Matcher m = COOKIE.matcher(header);
      if (m.find()) {
        cookie = m.group(1).isEmpty() ? null : m.group(1);
      }
    }
    return reply;
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

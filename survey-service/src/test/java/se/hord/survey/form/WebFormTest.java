package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;
import se.hord.survey.response.ResponseRepository;

@MicronautTest
class WebFormTest extends ServiceTest {
  private static final String GOOD =
      "a.alder=13-15&a.kon=kille&a.trygg=2&a.fritid=idrott&a.fritid=gard&a.timmar=4&a.buss=no"
          + "&a.varfor="
          + enc("Det är stökigt i korridoren")
          + "&a.onskan="
          + enc("Mer <b>fika</b>");

  @Inject ResponseRepository responses;

  @Test
  void formIsInSwedishByDefault() {
    String slug = api().slug(api().publishedSurvey());
    Reply page = get("/s/" + slug);
    assertEquals(200, page.status());
    assertTrue(page.contentType().startsWith("text/html"));
    String html = page.text();
    assertTrue(html.contains("<html lang=\"sv\">"), html.substring(0, 80));
    assertTrue(html.contains("Jag känner mig trygg i skolan"));
    assertTrue(html.contains("<legend>"));
    assertTrue(html.contains("type=\"radio\" id=\"q-trygg-1\" name=\"a.trygg\" value=\"1\""));
    assertTrue(html.contains("<label for=\"q-trygg-1\">1 – Stämmer inte alls</label>"));
    assertTrue(html.contains("type=\"checkbox\""));
    assertTrue(html.contains("type=\"number\""));
    assertTrue(html.contains("maxlength=\"500\""));
    assertTrue(
        html.contains(
            "Svara bara om du svarade ”1” eller ”2” på ”Jag känner mig trygg i skolan”."));
    assertTrue(html.contains("href=\"/s/" + slug + "?lang=en\""));
    assertFalse(
        html.replace("<script src=\"/assets/form.js\" defer></script>", "").contains("<script"),
        "only the optional enhancement script");
  }

  @Test
  void aYoungPersonSeesNoLinksToTheOfficialsPages() {
    String html = get("/s/" + api().slug(api().publishedSurvey())).text();
    assertTrue(!html.contains("/search") && !html.contains("/login"), html);
  }

  @Test
  void formIsInEnglishWithLangEn() {
    String slug = api().slug(api().publishedSurvey());
    String html = get("/s/" + slug + "?lang=en").text();
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("I feel safe at school"));
    assertTrue(html.contains("Send your answers"));
    assertTrue(html.contains("name=\"lang\" value=\"en\""));
  }

  @Test
  void postStoresTheAnswersAndThanks() {
    long survey = api().publishedSurvey();
    String slug = api().slug(survey);
    Reply thanks = post(slug, hidden(get("/s/" + slug).text()) + "&" + GOOD);
    assertEquals(200, thanks.status(), thanks.text());
    assertTrue(thanks.text().contains("Tack för dina svar!"));
    assertTrue(
        thanks.text().contains("BRIS 116 111 (gratis, syns inte på telefonräkningen) · bris.se"));
    assertTrue(thanks.text().contains("vad som händer på enkätens sida"));
    assertEquals(1, responses.countBySurveyId(survey));
  }

  @Test
  void doubleSubmitStoresOnceAndThanksTwice() {
    long survey = api().publishedSurvey();
    String slug = api().slug(survey);
    String body = hidden(get("/s/" + slug).text()) + "&" + GOOD;
    Reply first = post(slug, body);
    Reply second = post(slug, body);
    assertEquals(200, first.status());
    assertEquals(200, second.status());
    assertEquals(first.text(), second.text());
    assertEquals(1, responses.countBySurveyId(survey));
  }

  @Test
  void missingFormTokenIs403() {
    long survey = api().publishedSurvey();
    String slug = api().slug(survey);
    Reply reply = post(slug, "submissionId=" + java.util.UUID.randomUUID() + "&" + GOOD);
    assertEquals(403, reply.status());
    assertTrue(reply.contentType().startsWith("text/html"));
    assertEquals(0, responses.countBySurveyId(survey));
  }

  @Test
  void forgedFormTokenIs403() {
    long survey = api().publishedSurvey();
    String slug = api().slug(survey);
    String body =
        "submissionId=" + java.util.UUID.randomUUID() + "&formToken=forged-token-value&" + GOOD;
    assertEquals(403, post(slug, body).status());
    String otherSurvey = api().slug(api().publishedSurvey());
    String tokenOfOther = hidden(get("/s/" + otherSurvey).text());
    assertEquals(403, post(slug, tokenOfOther + "&" + GOOD).status());
    assertEquals(0, responses.countBySurveyId(survey));
  }

  @Test
  void validationErrorShowsTheFormAgainWith400AndKeepsTheValues() {
    long survey = api().publishedSurvey();
    String slug = api().slug(survey);
    String body =
        hidden(get("/s/" + slug).text())
            + "&a.alder=16-19&a.trygg=1&a.fritid=gard&a.timmar=200&a.onskan="
            + enc("Skolgården <3");
    Reply reply = post(slug, body);
    assertEquals(400, reply.status());
    String html = reply.text();
    assertTrue(html.contains("Några svar behöver rättas"));
    assertTrue(html.contains("href=\"#q-varfor\""));
    assertTrue(html.contains("href=\"#q-timmar\""));
    assertTrue(html.contains("Svara på den här frågan."));
    assertTrue(html.contains("Skriv ett tal från 0 till 80."));
    assertTrue(html.contains("value=\"16-19\" checked=\"checked\""));
    assertTrue(html.contains("value=\"gard\" checked=\"checked\""));
    assertTrue(html.contains("value=\"200\""));
    assertTrue(html.contains(">Skolgården &lt;3</textarea>"));
    assertEquals(0, responses.countBySurveyId(survey));
  }

  @Test
  void unknownSlugIs404Page() {
    Reply reply = get("/s/no-such-survey-x1");
    assertEquals(404, reply.status());
    assertTrue(reply.contentType().startsWith("text/html"));
    assertTrue(reply.text().contains("Enkäten finns inte"));
  }

  @Test
  void draftSurveySaysItIsNotOpen() {
    Reply created = api().createSurvey(api().admin(), Api.fixture("surveys/every-type.json"));
    Reply page = get("/s/" + created.json().get("slug"));
    assertTrue(page.text().contains("Enkäten är inte öppen ännu"));
    assertFalse(page.text().contains("<form"));
  }

  private Reply get(String path) {
    return api().text(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
  }

  private Reply post(String slug, String body) {
    return api()
        .text(
            HttpRequest.POST("/s/" + slug, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML));
  }

  /** The form's hidden fields, url-encoded. */
  private static String hidden(String html) {
    return "submissionId="
        + enc(field(html, "submissionId"))
        + "&formToken="
        + enc(field(html, "formToken"));
  }

  private static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), "no " + name + " in the form");
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

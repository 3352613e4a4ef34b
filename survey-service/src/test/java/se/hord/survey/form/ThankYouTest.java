package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;
import se.hord.survey.email.EmailContacts;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TestSql;

/** The thank-you page: help, the municipality's contact, and hearing back kept apart. */
@MicronautTest(transactional = false)
class ThankYouTest extends ServiceTest {
  private static final String ANSWERS = "a.alder=13-15&a.trygg=4";
  @Inject Contacts contacts;
  @Inject EmailContacts emails;

  long published() {
    String token = api().admin();
    String definition =
        Api.withUniqueKeyword(Api.fixture("surveys/every-type.json"))
            .replace(
                "\"municipality\":\"0380\",",
                "\"municipality\":\"0380\", \"contact\":{\"sv\":\"Fritidsgården Ungdomens hus,"
                    + " 018-727 00 00\"},");
    long id = ((Number) api().createSurvey(token, definition).json().get("id")).longValue();
    api().json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token));
    return id;
  }

  FormClient thanked(long survey) {
    FormClient form = new FormClient(api(), api().slug(survey));
    form.open("");
    form.post(ANSWERS);
    assertTrue(form.html.contains("Tack för dina svar!"), form.html);
    return form;
  }

  @Test
  void theThankYouPageShowsBrisAndTheMunicipalitysContact() {
    FormClient form = thanked(published());
    assertTrue(form.html.contains("BRIS 116 111"));
    assertTrue(form.html.contains("Fritidsgården Ungdomens hus, 018-727 00 00"));
    assertTrue(form.html.contains("Vill du få veta vad som händer sen?"));
  }

  @Test
  void aNumberLeftToHearBackIsKeptLikeSmsContactsAndReachesTheSurveysFeedback() {
    long survey = published();
    FormClient form = thanked(survey);
    String token = form.field("token");
    form.post2(
        "/hear-back", "token=" + token + "&lang=sv&phone=" + FormClient.enc("070-555 12 34"));
    assertEquals(200, form.last.status(), form.html);
    assertTrue(form.html.contains("Tack! Vi skickar ett sms"));
    String hash = contacts.hash("+46705551234");
    assertTrue(contacts.feedbackRecipients(survey).contains(hash));
    assertTrue(TestSql.columnsContaining("5551234").isEmpty(), "the number is not stored plainly");
    assertEquals(
        "1", TestSql.value("SELECT COUNT(*) FROM sms_feedback_optin WHERE phone_hash = ?", hash));
  }

  @Test
  void aWrongNumberIsAskedAgainAndAForgedTokenRefused() {
    long survey = published();
    FormClient form = thanked(survey);
    String token = form.field("token");
    form.post2("/hear-back", "token=" + token + "&lang=sv&phone=12345");
    assertEquals(400, form.last.status());
    assertTrue(form.html.contains("Skriv ett svenskt mobilnummer"));
    form.post2("/hear-back", "token=forged&lang=sv&phone=0705551234");
    assertEquals(403, form.last.status());
  }

  @Test
  void anEmailLeftToHearBackIsKeptEncryptedApartAndReachesTheSurveysFeedback() {
    long survey = published();
    FormClient form = thanked(survey);
    form.post2(
        "/hear-back",
        "token="
            + form.field("token")
            + "&lang=sv&email="
            + FormClient.enc(" Kim.Hord@Exempel.se "));
    assertEquals(200, form.last.status(), form.html);
    assertTrue(form.html.contains("Tack! Vi skickar ett mejl"), form.html);
    String hash = emails.hash("kim.hord@exempel.se");
    assertEquals(
        List.of(new EmailContacts.Recipient(hash, "kim.hord@exempel.se")),
        emails.feedbackRecipients(survey));
    assertTrue(
        TestSql.columnsContaining("kim.hord").isEmpty(), "the address is not stored plainly");
    assertEquals(
        "1", TestSql.value("SELECT COUNT(*) FROM email_feedback_optin WHERE email_hash = ?", hash));
    assertTrue(contacts.feedbackRecipients(survey).isEmpty(), "no phone number was left");
  }

  @Test
  void aNumberAndAnAddressTogetherAreBothKept() {
    long survey = published();
    FormClient form = thanked(survey);
    form.post2(
        "/hear-back",
        "token=" + form.field("token") + "&phone=0705554321&email=" + FormClient.enc("a@b.se"));
    assertEquals(200, form.last.status(), form.html);
    assertTrue(contacts.feedbackRecipients(survey).contains(contacts.hash("+46705554321")));
    assertEquals(1, emails.feedbackRecipients(survey).size());
  }

  @Test
  void aWrongOrMissingAddressIsAskedAgainWithA400() {
    long survey = published();
    FormClient form = thanked(survey);
    String token = form.field("token");
    form.post2("/hear-back", "token=" + token + "&lang=sv&email=" + FormClient.enc("kim@exempel"));
    assertEquals(400, form.last.status());
    assertTrue(form.html.contains("Skriv en e-postadress, till exempel namn@exempel.se."));
    assertTrue(form.html.contains("aria-describedby=\"email-error\""), form.html);
    form.post2("/hear-back", "token=" + token + "&lang=en&phone=&email=");
    assertEquals(400, form.last.status());
    assertTrue(form.html.contains("Write a mobile number or an e-mail address."), form.html);
    form.post2(
        "/hear-back", "token=" + token + "&phone=0705551111&email=" + FormClient.enc("no at all"));
    assertEquals(400, form.last.status());
    assertTrue(contacts.feedbackRecipients(survey).isEmpty(), "nothing kept from a refused form");
    assertTrue(emails.feedbackRecipients(survey).isEmpty());
  }

  @Test
  void theNumberIsNotInTheAnswers() {
    long survey = published();
    FormClient form = thanked(survey);
    form.post2("/hear-back", "token=" + form.field("token") + "&phone=0705559876");
    Reply export =
        api()
            .text(
                HttpRequest.GET("/api/surveys/" + survey + "/export?format=csv")
                    .bearerAuth(api().admin()));
    assertTrue(!export.text().contains("5559876") && !export.text().contains("phone"));
  }
}

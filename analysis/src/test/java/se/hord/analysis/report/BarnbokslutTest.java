package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.Tokens;
import se.hord.analysis.fake.FakeServicesController;
import se.hord.analysis.fake.Ports;
import se.hord.analysis.index.AnswerIndex;
import se.hord.platform.feed.FeedItem;
import se.hord.testkit.DatabaseTest;

/**
 * The barnbokslut over known answers, with survey-service and dialogue-service stood in for by
 * {@link FakeServicesController} over real HTTP: themes with month and term trends, people per
 * survey and dialogue suppressed, both services' feedback, a service down, page/PDF/CSV/XLSX.
 */
@MicronautTest(transactional = false)
class BarnbokslutTest implements DatabaseTest {
  private static final int PORT = Ports.free();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
  @Inject AnswerIndex index;
  @Inject FakeServicesController services;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @Override
  public Map<String, String> getProperties() {
    return Ports.withFakeServices(DatabaseTest.super.getProperties(), PORT);
  }

  /**
   * ReportData's 20 people of Uppsala (all of survey-1, 2026), three more in the dialogue "7" in
   * May and one at 00:30 on New Year's Day 2026 Swedish time; one more of survey-2 half an hour
   * earlier, still 2025 in Sweden, and so not counted.
   */
  @BeforeEach
  void indexKnownAnswers() {
    List<FeedItem> items = new ArrayList<>(ReportData.items());
    for (int i = 0; i < 3; i++) {
      items.add(answer("dialogue:park-" + i, "7", "Parkdialog", "2026-05-10T10:00:00Z"));
    }
    items.add(answer("dialogue:park-3", "7", "Parkdialog", "2025-12-31T23:30:00Z"));
    items.add(answer("survey:old-1:varfor", "survey-2", "Enkät 2025", "2025-12-31T22:30:00Z"));
    index.index("test", items, "1");
    index.refresh();
    services.dialogueDown = false;
  }

  @AfterEach
  void dialogueBack() {
    services.dialogueDown = false;
  }

  @Test
  void themesOriginsAndFeedbackOfTheYear() {
    Map<String, Object> report = report(Tokens.official(tokens, "0380"), "0380", "2026");
    assertEquals("0380", report.get("municipality"));
    assertEquals(2026, ((Number) report.get("year")).intValue());
    Map<?, ?> themes = (Map<?, ?>) report.get("themes");
    assertEquals("24", shown(themes.get("people")));
    Map<?, ?> school = theme(themes, "arena-skola");
    assertEquals("12", shown(school.get("count")));
    assertEquals(Map.of("2026 VT", "12"), cells(school, "term"));

    Map<?, ?> origins = (Map<?, ?>) report.get("origins");
    assertEquals(false, origins.get("withheld"));
    Map<String, String> people =
        ((List<?>) origins.get("items"))
            .stream()
                .map(o -> (Map<?, ?>) o)
                .collect(
                    Collectors.toMap(o -> (String) o.get("originId"), o -> shown(o.get("people"))));
    assertEquals(Map.of("survey-1", "•", "7", "<5"), people);

    List<?> feedback = (List<?>) report.get("feedback");
    Map<?, ?> survey = (Map<?, ?>) feedback.get(0);
    assertEquals("survey", survey.get("service"));
    assertEquals(true, survey.get("available"));
    Map<?, ?> sent = (Map<?, ?>) ((List<?>) survey.get("items")).getFirst();
    assertEquals("2026-06-01", sent.get("date"));
    assertEquals("Skolan får nya lärare i höst.", ((Map<?, ?>) sent.get("message")).get("sv"));
    assertEquals("12", shown(sent.get("recipients")));
    assertEquals("<5", shown(sent.get("reached")));
    Map<?, ?> dialogue = (Map<?, ?>) feedback.get(1);
    assertEquals(true, dialogue.get("available"));
    Map<?, ?> published = (Map<?, ?>) ((List<?>) dialogue.get("items")).getFirst();
    assertEquals("Parkdialog", published.get("originTitle"));
    assertEquals("page", published.get("channel"));
    assertNull(published.get("reached"));
  }

  @Test
  void aServiceThatIsDownIsSaidSoAndTheRestIsThere() {
    services.dialogueDown = true;
    Map<String, Object> report = report(Tokens.official(tokens, "0380"), "0380", "2026");
    List<?> feedback = (List<?>) report.get("feedback");
    assertEquals(true, ((Map<?, ?>) feedback.get(0)).get("available"));
    Map<?, ?> dialogue = (Map<?, ?>) feedback.get(1);
    assertEquals(false, dialogue.get("available"));
    assertTrue(((String) dialogue.get("note")).startsWith("Dialogtjänsten svarade inte"));
    assertEquals("24", shown(((Map<?, ?>) report.get("themes")).get("people")));

    String html = page("&format=html");
    assertTrue(html.contains("Dialogtjänsten svarade inte"), html);
  }

  @Test
  void onlyTheMunicipalitysOfficialsAndGoodParameters() {
    HttpClientResponseException other =
        assertThrows(
            HttpClientResponseException.class,
            () -> report(Tokens.official(tokens, "1880"), "0380", "2026"));
    assertEquals(HttpStatus.FORBIDDEN, other.getStatus());
    HttpClientResponseException bad =
        assertThrows(
            HttpClientResponseException.class,
            () -> report(Tokens.official(tokens, "0380"), "0380", "tjugo"));
    assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
    assertTrue(
        bad.getResponse()
            .getContentType()
            .orElseThrow()
            .toString()
            .startsWith("application/problem+json"));
    assertTrue(bad.getResponse().getBody(String.class).orElseThrow().contains("\"path\":\"year\""));
    HttpClientResponseException anonymous =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.GET("/api/reports/barnbokslut?municipality=0380&year=2026")));
    assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
    assertEquals(
        "<5",
        shown(
            ((Map<?, ?>) report(Tokens.admin(tokens), "0380", "2024").get("themes"))
                .get("people")));
  }

  @Test
  void thePagePdfCsvAndXlsxShowTheSameReport() throws Exception {
    String html = page("");
    assertTrue(html.contains("Barnbokslut"), html);
    assertTrue(html.contains("Vad unga fick veta efteråt"), html);
    assertTrue(html.contains("Skolan får nya lärare i höst."), html);
    assertTrue(html.contains("Parkdialog"), html);
    assertTrue(html.contains("Per termin (By term)"), html);
    assertFalse(html.contains("Enkät 2025"), html);

    byte[] pdf = bytes("&format=pdf");
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Parkdialog"), text);
      assertTrue(text.contains("Skolan får nya lärare i höst."), text);
    }

    List<String> csv = new String(bytes("&format=csv"), StandardCharsets.UTF_8).lines().toList();
    assertTrue(csv.contains("arena-skola,Skolan,count,,12"), csv.toString());
    assertTrue(csv.contains("dialogue,Parkdialog,origin,7,<5"), csv.toString());
    assertTrue(
        csv.contains("survey,Ungas fritid 2026,feedback,2026-06-01,Skolan får nya lärare i höst."),
        csv.toString());
    assertTrue(csv.contains("survey,Ungas fritid 2026,reached,2026-06-01,<5"), csv.toString());

    try (ReadableWorkbook workbook =
            new ReadableWorkbook(new ByteArrayInputStream(bytes("&format=xlsx")));
        var rows = workbook.getFirstSheet().openStream()) {
      assertTrue(
          rows.anyMatch(r -> "origin".equals(r.getCellText(2)) && "7".equals(r.getCellText(3))));
    }
  }

  @Test
  void withoutLoginThePageSendsToTheLogin() {
    HttpResponse<?> response =
        client.toBlocking().exchange(HttpRequest.GET("/reports/barnbokslut?municipality=0380"));
    assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
  }

  private Map<String, Object> report(String token, String municipality, String year) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET(
                    "/api/reports/barnbokslut?municipality=" + municipality + "&year=" + year)
                .bearerAuth(token),
            io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
  }

  private String page(String more) {
    return new String(bytes(more), StandardCharsets.UTF_8);
  }

  private byte[] bytes(String more) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.GET("/reports/barnbokslut?municipality=0380&year=2026" + more)
                .cookie(Cookie.of("HORD_TOKEN", Tokens.official(tokens, "0380"))),
            byte[].class)
        .body();
  }

  private static Map<?, ?> theme(Map<?, ?> themes, String key) {
    return ((List<?>) themes.get("themes"))
        .stream()
            .map(t -> (Map<?, ?>) t)
            .filter(t -> key.equals(t.get("key")))
            .findFirst()
            .orElseThrow();
  }

  private static Map<String, String> cells(Map<?, ?> theme, String breakdown) {
    return ((List<?>) ((Map<?, ?>) theme.get(breakdown)).get("cells"))
        .stream()
            .map(c -> (Map<?, ?>) c)
            .collect(Collectors.toMap(c -> (String) c.get("key"), c -> shown(c.get("count"))));
  }

  private static String shown(Object figure) {
    return (String) ((Map<?, ?>) figure).get("shown");
  }

  private static FeedItem answer(String id, String originId, String title, String at) {
    return new FeedItem(
        id,
        id.startsWith("dialogue") ? "dialogue" : "survey",
        "0380",
        originId,
        title,
        "varfor",
        "Vad tycker du?",
        "Parken är mörk på kvällen",
        "sv",
        "13-15",
        "tjej",
        "Centrum",
        "web",
        Instant.parse(at),
        null);
  }
}

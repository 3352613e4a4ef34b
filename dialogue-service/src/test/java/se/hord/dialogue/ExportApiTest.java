package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import se.hord.testkit.Rfc4180;

@MicronautTest
class ExportApiTest extends ApiTestSupport {
  private static final String TRICKY = "Bussen, \"nattbussen\"\noch tåget på Östermalm";

  private String official;
  private Map<String, Object> dialogue;
  private Map<String, Object> event;
  private String ambassador;

  /** A dialogue with a tricky contribution, an approved and a rejected statement, votes. */
  private void prepare() {
    official = official("0380");
    dialogue = createDialogue(official, "0380");
    event = createEvent(official, dialogue.get("id"));
    ambassador = ambassadorOf(event);
    contribute(
        event.get("id"),
        ambassador,
        Map.of("prompt", "trygg", "text", TRICKY, "ageBand", "13-15", "area", "Gottsunda"));
    contribute(event.get("id"), ambassador, Map.of("prompt", "fritid", "text", "=HYPERLINK(1)"));
    String approved = propose("Fritidsgården ska ha öppet på söndagar");
    String rejected = propose("Rektorn är en idiot");
    moderate(approved, "approve");
    moderate(rejected, "reject");
    for (int i = 0; i < 6; i++) {
      vote(event.get("id"), ambassador, "deltagare-" + i, "buss", "agree");
    }
    vote(event.get("id"), ambassador, "deltagare-x", "buss", "disagree");
    postTo(
        event.get("id"),
        "tallies",
        ambassador,
        UUID.randomUUID().toString(),
        Map.of("counter", "conversations", "delta", 3));
  }

  @Test
  void contributionsCsvParsesBackWithQuotesCommasNewlinesAndSwedishLetters() {
    prepare();
    HttpResponse<byte[]> answer = download("format=csv&part=contributions", official);
    assertEquals("text/csv; charset=utf-8", answer.getHeaders().get("Content-Type"));
    assertEquals(
        "attachment; filename=\"dialog-" + dialogue.get("id") + "-contributions.csv\"",
        answer.getHeaders().get("Content-Disposition"));
    byte[] bytes = answer.body();
    assertEquals(0xEF, bytes[0] & 0xFF, "starts with the UTF-8 byte order mark");
    assertEquals(0xBB, bytes[1] & 0xFF);
    assertEquals(0xBF, bytes[2] & 0xFF);
    List<List<String>> rows = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, UTF8));
    assertEquals(
        List.of(
            "prompt",
            "promptText",
            "text",
            "ageBand",
            "gender",
            "area",
            "date",
            "event",
            "consent"),
        rows.get(0));
    assertEquals(3, rows.size(), rows.toString());
    List<String> first = rows.get(1);
    assertEquals("trygg", first.get(0));
    assertEquals("Var känner du dig trygg?", first.get(1));
    assertEquals(TRICKY, first.get(2));
    assertEquals("13-15", first.get(3));
    assertEquals("", first.get(4));
    assertEquals("Gottsunda", first.get(5));
    assertEquals(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), first.get(6));
    assertEquals("Pop-up på fritidsgården", first.get(7));
    assertEquals("'=HYPERLINK(1)", rows.get(2).get(2), "a formula is never run by Excel");
  }

  @Test
  void contributionsAreTheDefaultPartAndCsvTheDefaultFormat() {
    prepare();
    HttpResponse<byte[]> answer = download("", official);
    assertTrue(answer.getHeaders().get("Content-Disposition").contains("-contributions.csv"));
  }

  @Test
  void rejectedStatementsNeverAppearInAnyExport() throws Exception {
    prepare();
    String statements = csv("part=statements");
    assertTrue(statements.contains("Fritidsgården ska ha öppet på söndagar"), statements);
    assertTrue(statements.contains("Bussarna går för sällan"), statements);
    for (String part : List.of("contributions", "statements", "votes", "tallies")) {
      assertFalse(csv("part=" + part).contains("Rektorn"), part);
    }
    try (ReadableWorkbook workbook = workbook()) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        for (Row row : sheet.read()) {
          row.forEach(
              cell ->
                  assertFalse(cell != null && cell.getText().contains("Rektorn"), sheet.getName()));
        }
      }
    }
  }

  @Test
  void votesAreCountedPerStatementWithSmallCountsShownAsUnderFive() {
    prepare();
    List<List<String>> rows = Rfc4180.parse(csv("part=votes").substring(1));
    assertEquals(List.of("statement", "text", "voters", "agree", "disagree", "pass"), rows.get(0));
    assertEquals(List.of("buss", "Bussarna går för sällan", "7", "6", "<5", "<5"), rows.get(1));
    List<String> approved = rows.get(2);
    assertEquals("Fritidsgården ska ha öppet på söndagar", approved.get(1));
    assertEquals(List.of("<5", "<5", "<5", "<5"), approved.subList(2, 6), "nobody voted yet");
  }

  @Test
  void talliesArePerEventAndCounter() {
    prepare();
    List<List<String>> rows = Rfc4180.parse(csv("part=tallies").substring(1));
    assertEquals(List.of("eventId", "event", "counter", "label", "total"), rows.get(0));
    assertTrue(
        rows.contains(
            List.of(
                String.valueOf(event.get("id")),
                "Pop-up på fritidsgården",
                "conversations",
                "Samtal (conversations)",
                "3")),
        rows.toString());
    assertEquals(4, rows.size(), "one row per counter of the one event");
  }

  @Test
  void xlsxIsOneWorkbookWithASheetPerPart() throws Exception {
    prepare();
    HttpResponse<byte[]> answer = download("format=xlsx&part=votes", official);
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        answer.getContentType().orElseThrow().toString());
    assertEquals(
        "attachment; filename=\"dialog-" + dialogue.get("id") + ".xlsx\"",
        answer.getHeaders().get("Content-Disposition"));
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
      List<String> names = workbook.getSheets().map(Sheet::getName).toList();
      assertEquals(List.of("Bidrag", "Påståenden", "Röster", "Räknare"), names);
      List<Row> contributions = workbook.getSheet(0).orElseThrow().read();
      assertEquals("promptText", contributions.get(0).getCellText(1));
      assertEquals(TRICKY, contributions.get(1).getCellText(2));
      List<Row> votes = workbook.getSheet(2).orElseThrow().read();
      assertEquals("buss", votes.get(1).getCellText(0));
      assertEquals("<5", votes.get(1).getCellText(4));
    }
  }

  @Test
  void anUnknownFormatOrPartIsABadRequest() {
    String token = official("0380");
    Object id = createDialogue(token, "0380").get("id");
    Map<String, Object> format = fails(400, () -> get(id, "format=pdf", token));
    assertTrue(((String) format.get("detail")).contains("csv eller xlsx"), format.toString());
    fails(400, () -> get(id, "part=secrets", token));
  }

  @Test
  void onlyOfficialsOfTheMunicipalityMayExport() {
    prepare();
    Object id = dialogue.get("id");
    fails(404, () -> get(id, "", official("0180")));
    fails(403, () -> get(id, "", ambassador));
    fails(401, () -> get(id, "", null));
    fails(404, () -> get(999_999, "", official));
    assertEquals(200, download("format=xlsx", admin()).getStatus().getCode());
  }

  private String csv(String query) {
    return new String(download(query, official).body(), UTF8);
  }

  private ReadableWorkbook workbook() throws Exception {
    return new ReadableWorkbook(new ByteArrayInputStream(download("format=xlsx", official).body()));
  }

  private HttpResponse<byte[]> download(String query, String token) {
    return get(dialogue.get("id"), query, token);
  }

  private HttpResponse<byte[]> get(Object id, String query, String token) {
    var request = HttpRequest.GET("/api/dialogues/" + id + "/export?" + query);
    if (token != null) {
      request.bearerAuth(token);
    }
    return client.toBlocking().exchange(request, byte[].class);
  }

  private String propose(String text) {
    return (String)
        postTo(
                event.get("id"),
                "statements",
                ambassador,
                null,
                Map.of("text", text, "participant", UUID.randomUUID().toString(), "consent", true))
            .body()
            .get("key");
  }

  private void moderate(String key, String decision) {
    call(
        HttpRequest.POST(
            "/api/dialogues/" + dialogue.get("id") + "/statements/" + key + "/moderate",
            Map.of("decision", decision)),
        official);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}

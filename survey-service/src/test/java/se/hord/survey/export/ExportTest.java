package se.hord.survey.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.hord.survey.ServiceTest;
import se.hord.testkit.Rfc4180;

@MicronautTest
class ExportTest extends ServiceTest {
  private static final List<String> HEADERS =
      List.of(
          "date",
          "channel",
          "alder",
          "alder_label",
          "kon",
          "kon_label",
          "skola",
          "skola_label",
          "trygg",
          "fritid_idrott",
          "fritid_gard",
          "timmar",
          "buss",
          "buss_label",
          "varfor",
          "onskan");

  @Inject
  @Client("/")
  HttpClient http;

  @Test
  void csvParsesBackWithOneRowPerResponseCodesAndLabels() {
    long id = surveyWithThreeResponses();
    HttpResponse<byte[]> response = download(id, "csv");
    assertEquals(200, response.code());
    assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
    assertTrue(
        response.header("Content-Disposition").contains("survey-" + id + ".csv"),
        response.header("Content-Disposition"));
    byte[] bytes = response.body();
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    List<List<String>> rows =
        Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    assertEquals(4, rows.size());
    assertEquals(HEADERS, rows.get(0));
    List<String> first = rows.get(1);
    assertEquals("13-15", first.get(2));
    assertEquals("13–15 år", first.get(3));
    assertEquals("tjej", first.get(4));
    assertEquals("Tjej", first.get(5));
    assertEquals("2", first.get(8));
    assertEquals(List.of("1", "0"), first.subList(9, 11));
    assertEquals("yes", first.get(12));
    assertEquals("Ja", first.get(13));
    assertEquals("Det är stökigt, \"alltid\"\r\noch högljutt", first.get(14));
    assertEquals("'=1+1", first.get(15));
    List<String> second = rows.get(2);
    assertEquals(List.of("", ""), second.subList(9, 11));
    assertEquals("", second.get(4));
    assertTrue(first.get(0).matches("\\d{4}-\\d{2}-\\d{2}"), first.get(0));
  }

  @Test
  void xlsxOpensWithTheSameRowsAndNumbersAsNumbers() throws IOException {
    long id = surveyWithThreeResponses();
    HttpResponse<byte[]> response = download(id, "xlsx");
    assertEquals(200, response.code());
    assertEquals(ExportService.XLSX.toString(), response.getContentType().orElseThrow().toString());
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals(4, rows.size());
      List<String> header = new ArrayList<>();
      rows.get(0).forEach(c -> header.add(c.getText()));
      assertEquals(HEADERS, header);
      assertEquals("Tjej", rows.get(1).getCellText(5));
      assertEquals(2, rows.get(1).getCellAsNumber(8).orElseThrow().intValue());
      assertEquals(12, rows.get(1).getCellAsNumber(11).orElseThrow().intValue());
      assertEquals("=1+1", rows.get(1).getCellText(15));
    }
  }

  @Test
  void unknownFormatIs400OtherMunicipality404NoToken401() {
    long id = surveyWithThreeResponses();
    assertEquals(400, api().json(get(id, "pdf").bearerAuth(api().admin())).status());
    assertEquals(404, api().json(get(id, "csv").bearerAuth(api().official("1880"))).status());
    assertEquals(401, api().json(get(id, "csv")).status());
  }

  private long surveyWithThreeResponses() {
    long id = api().publishedSurvey();
    String[] bodies = {
      """
      {"answers":{"alder":"13-15","kon":"tjej","trygg":2,"fritid":["idrott"],"timmar":12,"buss":true,
       "varfor":"Det är stökigt, \\"alltid\\"\\r\\noch högljutt","onskan":"=1+1"}}""",
      """
      {"answers":{"alder":"16-19","trygg":5}}""",
      """
      {"answers":{"alder":"16-19","kon":"kille","trygg":4,"fritid":["idrott","gard"],"buss":"no"}}"""
    };
    for (String body : bodies) {
      assertEquals(201, api().answer(id, UUID.randomUUID().toString(), body).status());
    }
    return id;
  }

  private HttpResponse<byte[]> download(long id, String format) {
    return http.toBlocking().exchange(get(id, format).bearerAuth(api().admin()), byte[].class);
  }

  private static io.micronaut.http.MutableHttpRequest<Object> get(long id, String format) {
    return HttpRequest.GET("/api/surveys/" + id + "/export?format=" + format);
  }
}

package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;

@MicronautTest
class ReportFormatsTest extends AnalysisTest {

  @BeforeEach
  void indexKnownAnswers() {
    index.index("test", ReportData.items(), "1");
    index.refresh();
  }

  @Test
  void withoutLoginThePageSendsToTheLoginAndBack() {
    HttpResponse<?> response =
        client.toBlocking().exchange(HttpRequest.GET("/reports/themes?municipality=0380"));
    assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
    String location = response.getHeaders().get("Location");
    assertTrue(location.contains("/login?returnTo="), location);
    assertTrue(location.contains("%2Freports%2Fthemes%3Fmunicipality%3D0380"), location);
  }

  @Test
  void thePageShowsTheFiguresAsTablesWithChartsFromTheWebJar() {
    String html = new String(get("").body(), StandardCharsets.UTF_8);
    assertTrue(html.contains("Skolan"), html);
    assertTrue(html.contains("&lt;5"), html);
    assertTrue(html.contains("<td>12</td>"), html);
    assertTrue(html.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"), html);
    assertTrue(html.contains("Lärarna i skolan lyssnar inte på oss"), html);
    HttpResponse<?> echarts =
        client
            .toBlocking()
            .exchange(HttpRequest.GET("/webjars/echarts/5.3.1/dist/echarts.min.js"), byte[].class);
    assertEquals(HttpStatus.OK, echarts.getStatus());
    HttpResponse<?> js =
        client
            .toBlocking()
            .exchange(HttpRequest.GET("/assets/analysis/report-charts.js"), byte[].class);
    assertEquals(HttpStatus.OK, js.getStatus());
  }

  @Test
  void thePdfIsRenderedFromTheSamePage() throws Exception {
    HttpResponse<byte[]> response = get("&format=pdf");
    assertEquals("application/pdf", response.getContentType().orElseThrow().toString());
    byte[] pdf = response.body();
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 0);
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Skolan"), text);
      assertTrue(text.contains("12"), text);
    }
  }

  @Test
  void theCsvHasTheReportsFigures() {
    String csv = new String(get("&format=csv").body(), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertTrue(lines.contains("arena-skola,Skolan,count,,12"), csv);
    assertTrue(lines.contains("arena-skola,Skolan,share %,,60.0"), csv);
    assertTrue(lines.contains("arena-skola,Skolan,ageBand,10-12,<5"), csv);
    assertTrue(lines.contains("transport,Transport och stadsplanering,count,,<5"), csv);
  }

  @Test
  void theXlsxHasTheReportsFigures() throws Exception {
    byte[] xlsx = get("&format=xlsx").body();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      List<Row> all = rows.toList();
      Row count =
          all.stream()
              .filter(r -> "arena-skola".equals(r.getCellText(0)))
              .filter(r -> "count".equals(r.getCellText(2)))
              .findFirst()
              .orElseThrow();
      assertEquals(12, count.getCellAsNumber(4).orElseThrow().intValue());
      assertTrue(
          all.stream()
              .anyMatch(
                  r ->
                      "arena-skola".equals(r.getCellText(0))
                          && "10-12".equals(r.getCellText(3))
                          && "<5".equals(r.getCellText(4))));
    }
  }

  private HttpResponse<byte[]> get(String more) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.GET("/reports/themes?municipality=0380" + more)
                .cookie(
                    io.micronaut.http.cookie.Cookie.of(
                        "HORD_TOKEN", Tokens.official(tokens, "0380"))),
            byte[].class);
  }
}

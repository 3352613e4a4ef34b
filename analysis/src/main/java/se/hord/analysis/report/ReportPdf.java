package se.hord.analysis.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/** Renders the report page's HTML to PDF (openhtmltopdf); jsoup makes the HTML5 well-formed. */
final class ReportPdf {
  private ReportPdf() {}

  static byte[] render(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "file:///nowhere/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

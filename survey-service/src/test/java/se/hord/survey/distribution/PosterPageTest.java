package se.hord.survey.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import se.hord.survey.Pages;
import se.hord.survey.ServiceTest;
import se.hord.testkit.Browser;

/** The QR poster in real headless Chromium: the code as drawn decodes back to the public link. */
@MicronautTest
class PosterPageTest extends ServiceTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Test
  void theQrCodeOnThePosterDecodesToTheSurveysLinkAndResponsesPerDayAreShown() throws Exception {
    long id = Pages.published(api(), "0380", Pages.newTemplateTag());
    for (int i = 0; i < 3; i++) {
      Pages.answer(api(), json, id, Map.of("alder", "13-15", "trygg", 4));
    }
    String slug = api().slug(id);
    try (Browser browser = Pages.browser(base(), api().official("0380"))) {
      browser.open(base() + "/admin/surveys/" + id + "/poster");
      browser.until(d -> !d.findElements(By.cssSelector("#daily-chart svg")).isEmpty());
      browser.screenshot(Path.of("target", "screenshots", "poster.png"));
      String link = browser.find(".poster .link").getText();
      assertTrue(link.endsWith("/s/" + slug), link);
      assertEquals("Ungas fritid 2026", browser.find(".poster-title").getText());
      assertTrue(browser.find(".poster").getText().contains("Vad tycker du?"));
      assertTrue(browser.find(".poster").getText().contains("What do you think?"));

      browser.until(
          d ->
              (Boolean)
                  browser.driver.executeScript(
                      "const img = document.querySelector('img.qr');"
                          + " img.scrollIntoView({block: 'center'});"
                          + " return img.complete && img.naturalWidth > 0"
                          + " && img.getBoundingClientRect().height > 200"));
      byte[] png = browser.find("img.qr").getScreenshotAs(OutputType.BYTES);
      Files.write(Path.of("target", "screenshots", "poster-qr.png"), png);
      assertEquals(link, decode(png), "the QR code leads to the survey");

      assertEquals("<5", browser.find(".daily-total").getText());
      assertEquals("<5", browser.find("#daily-table tbody td").getText());
      Object bar =
          browser.driver.executeScript(
              "return echarts.getInstanceByDom(document.getElementById('daily-chart'))"
                  + ".getOption().series[0].data[0]");
      assertEquals(null, bar, "a day with fewer than 5 has no bar");

      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      browser.driver.executeScript("window.scrollTo(0, 0)");
      browser.screenshot(Path.of("target", "screenshots", "poster-print.png"));
      assertTrue(browser.all(".daily").stream().noneMatch(e -> e.isDisplayed()), "not printed");
      Map<String, Object> pdf =
          browser.driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
      String printed =
          new String(
              Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
      assertEquals(1, printed.split("/Type\\s*/Page[^s]").length - 1, "the poster is one page");
      Files.writeString(
          Path.of("target", "screenshots", "poster.pdf"), printed, StandardCharsets.ISO_8859_1);
      assertTrue(
          Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+59[4-6]").matcher(printed).find(),
          "A4 (595 x 842 pt)");
    }
  }

  @Test
  void thePosterIsForOfficialsOfTheSurveysMunicipality() throws Exception {
    long id = Pages.published(api(), "0380", Pages.newTemplateTag());
    HttpResponse<String> anonymous = Pages.get(base() + "/admin/surveys/" + id + "/poster", null);
    assertEquals(303, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("Location").orElseThrow().startsWith("/login?"));
    assertEquals(
        404,
        Pages.get(base() + "/admin/surveys/" + id + "/poster", api().official("1880"))
            .statusCode());
    HttpResponse<String> page =
        Pages.get(base() + "/admin/surveys/" + id + "/poster", api().official("0380"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("src=\"data:image/svg+xml;base64,"), "an SVG QR code");
    assertTrue(page.body().contains("Inga svar än. (No responses yet.)"));
  }

  private static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
  }

  private String base() {
    return server.getURL().toString();
  }
}

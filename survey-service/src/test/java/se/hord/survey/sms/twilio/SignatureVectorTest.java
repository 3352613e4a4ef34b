package se.hord.survey.sms.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every X-Twilio-Signature vector from Twilio's own SDK tests, checked by {@link TwilioSignature}.
 */
class SignatureVectorTest {
  private static final Path VECTORS = Path.of("../../shared/data/twilio_signature_vectors.json");

  @TestFactory
  Stream<DynamicTest> everyTwilioSignatureVectorIsJudgedAsTwilioDoes() throws IOException {
    JsonNode all = new ObjectMapper().readTree(Files.readString(VECTORS));
    String token = all.get("auth_token").asText();
    List<DynamicTest> tests = new ArrayList<>();
    all.get("vectors")
        .forEach(
            v ->
                tests.add(
                    DynamicTest.dynamicTest(
                        v.get("id").asText(),
                        () ->
                            assertEquals(
                                v.get("expected_valid").asBoolean(),
                                judge(token, v),
                                v.get("id").asText() + ": " + v.get("note").asText()))));
    assertTrue(tests.size() >= 23, "all vectors read");
    return tests.stream();
  }

  private static boolean judge(String token, JsonNode vector) {
    String url = vector.get("url").asText();
    String signature = vector.get("signature").asText();
    if ("json".equals(vector.get("kind").asText())) {
      return TwilioSignature.isValidJson(token, url, vector.get("body").asText(), signature);
    }
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    JsonNode params = vector.get("params");
    if (params.isArray()) {
      params.forEach(p -> fields.add(new SimpleEntry<>(p.get(0).asText(), p.get(1).asText())));
    } else {
      params
          .properties()
          .forEach(e -> fields.add(new SimpleEntry<>(e.getKey(), e.getValue().asText())));
    }
    return TwilioSignature.isValid(token, url, fields, signature);
  }
}

package se.hord.survey.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class XlsFormImportTest extends ServiceTest {
  private static final Path DATA = Path.of("../../shared/data");

  private static final String FORM =
      """
      survey,,,,,,,
      ,type,name,label::Svenska (sv),label::English (en),relevant,required,constraint
      ,select_one kon,kon,Kön,Gender,,yes,
      ,integer,alder,Hur gammal är du?,How old are you?,,yes,. >= 10 and . < 26
      ,begin group,fritid,Fritid,Leisure,,,
      ,select_multiple akt or_other,aktiviteter,Vad gör du?,What do you do?,${alder} >= 13,,
      ,note,info,Tack,Thanks,,,
      ,text,varfor,Varför?,Why?,"selected(${aktiviteter}, 'idrott') or selected(${aktiviteter}, 'gard')",,string-length(.) <= 300
      ,text,mer,Mer?,More?,${alder} > 3 and ${kon} = 'tjej',,
      ,end group,,,,,,
      ,geopoint,plats,Var?,Where?,,,
      ,select_one kon,kon2,Kön igen,Gender again,${kon} = 'kille',,
      choices,,,,
      ,list_name,name,label::Svenska (sv),label::English (en)
      ,kon,tjej,Tjej,Girl
      ,kon,kille,Kille,Boy
      ,akt,idrott,Idrott,Sports
      ,akt,gard,Fritidsgård,Youth club
      settings,,
      ,form_title::Svenska (sv),form_title::English (en)
      ,Ungas fritid,Young people's leisure
      """;

  @Test
  void everyRealFormInSharedDataGivesASurveyOrARowByRowList() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.list(DATA)) {
      forms =
          files.filter(p -> p.getFileName().toString().startsWith("xlsform_")).sorted().toList();
    }
    assertTrue(forms.size() >= 9, forms.toString());
    String token = api().official("0380");
    for (Path form : forms) {
      Reply reply = upload(token, form.getFileName().toString(), Files.readAllBytes(form), "0380");
      String name = form.getFileName().toString();
      assertTrue(reply.status() == 201 || reply.status() == 400, name + ": " + reply);
      if (reply.status() == 201) {
        assertTrue(reply.json().get("unmapped") instanceof List<?>, name);
        long id = ((Number) reply.json().get("id")).longValue();
        assertEquals(
            200, api().json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(token)).status());
      } else {
        for (Object path : Api.paths(reply)) {
          assertTrue(path.toString().matches("row \\d+|survey|file"), name + ": " + path);
        }
      }
      System.out.println("XLSForm " + name + " -> " + reply.status() + " " + reply.json());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void csvFormMapsTypesLanguagesSkipLogicAndConstraintsAndReportsTheRestByRow() {
    String token = api().official("0380");
    Reply reply = upload(token, "fritid.csv", FORM.getBytes(StandardCharsets.UTF_8), "0380");
    assertEquals(201, reply.status(), reply.toString());
    List<String> unmapped = (List<String>) reply.json().get("unmapped");
    assertTrue(
        unmapped.contains(
            "row 5: 'begin group fritid': groups are not kept as sections; their questions are imported in order"),
        unmapped.toString());
    assertTrue(
        unmapped.contains("row 7: note 'info' skipped (notes are not questions)"),
        unmapped.toString());
    assertTrue(
        unmapped.contains(
            "row 9: relevant '${alder} > 3 and ${kon} = 'tjej'' cannot be expressed; the question is always shown"),
        unmapped.toString());
    assertTrue(
        unmapped.contains("row 11: type 'geopoint' cannot be mapped; 'plats' left out"),
        unmapped.toString());

    long id = ((Number) reply.json().get("id")).longValue();
    Map<String, Object> definition =
        (Map<String, Object>)
            api()
                .json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(token))
                .json()
                .get("definition");
    assertEquals(
        Map.of("sv", "Ungas fritid", "en", "Young people's leisure"), definition.get("title"));
    assertEquals(List.of("sv", "en"), definition.get("languages"));
    Map<String, Map<String, Object>> q = new java.util.LinkedHashMap<>();
    ((List<Map<String, Object>>) definition.get("questions"))
        .forEach(x -> q.put((String) x.get("key"), x));
    assertEquals(
        List.of("kon", "alder", "aktiviteter", "aktiviteter_other", "varfor", "mer", "kon2"),
        List.copyOf(q.keySet()));
    assertEquals("single_choice", q.get("kon").get("type"));
    assertEquals(true, q.get("kon").get("required"));
    assertEquals(Map.of("sv", "Kön", "en", "Gender"), q.get("kon").get("text"));
    assertEquals(10, ((Number) q.get("alder").get("min")).intValue());
    assertEquals(25, ((Number) q.get("alder").get("max")).intValue());
    assertEquals("multi_choice", q.get("aktiviteter").get("type"));
    assertEquals(
        List.of("idrott", "gard", "other"),
        ((List<Map<String, Object>>) q.get("aktiviteter").get("options"))
            .stream().map(o -> o.get("key")).toList());
    assertEquals(
        Map.of("question", "aktiviteter", "equals", "other"),
        q.get("aktiviteter_other").get("showIf"));
    assertEquals(
        "alder", ((Map<String, Object>) q.get("aktiviteter").get("showIf")).get("question"));
    assertEquals(
        13,
        ((List<?>) ((Map<String, Object>) q.get("aktiviteter").get("showIf")).get("in")).size());
    assertEquals(
        Map.of("question", "aktiviteter", "in", List.of("idrott", "gard")),
        q.get("varfor").get("showIf"));
    assertEquals(300, ((Number) q.get("varfor").get("maxLength")).intValue());
    assertFalse(q.get("mer").containsKey("showIf"));
    assertEquals(Map.of("question", "kon", "equals", "kille"), q.get("kon2").get("showIf"));
  }

  @Test
  void unknownChoiceListAndBadNamesAre400ListingEveryRow() {
    String form =
        "survey,,\n,type,name,label\n,select_one nope,a,A\n,text,b c,B\n,text,a,A again\n";
    Reply reply = upload(api().admin(), "bad.csv", form.getBytes(StandardCharsets.UTF_8), "0380");
    assertEquals(400, reply.status(), reply.toString());
    assertEquals(List.of("row 3", "row 4"), Api.paths(reply));
  }

  @Test
  void otherFileTypesBrokenWorkbooksAndForeignMunicipalitiesAreRefused() {
    String token = api().official("0380");
    assertEquals(
        400, upload(token, "form.txt", "x".getBytes(StandardCharsets.UTF_8), "0380").status());
    Reply broken = upload(token, "form.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), "0380");
    assertEquals(400, broken.status());
    assertEquals(List.of("file"), Api.paths(broken));
    assertEquals(
        403, upload(token, "fritid.csv", FORM.getBytes(StandardCharsets.UTF_8), "1880").status());
    assertEquals(
        400,
        upload(api().admin(), "fritid.csv", FORM.getBytes(StandardCharsets.UTF_8), null).status());
  }

  private Reply upload(String token, String filename, byte[] bytes, String municipality) {
    MultipartBody.Builder body =
        MultipartBody.builder()
            .addPart("file", filename, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes);
    if (municipality != null) {
      body.addPart("municipality", municipality);
    }
    return api()
        .json(
            HttpRequest.POST("/api/surveys/import/xlsform", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token));
  }
}

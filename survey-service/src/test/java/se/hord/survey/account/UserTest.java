package se.hord.survey.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class UserTest extends ServiceTest {

  @Test
  void adminCreatesAnOfficialAndNeverSeesThePassword() {
    String name = unique();
    Reply reply = create(api().admin(), official(name));
    assertEquals(201, reply.status());
    assertEquals(name, reply.json().get("username"));
    assertEquals(List.of("OFFICIAL"), reply.json().get("roles"));
    assertEquals(List.of("1880"), reply.json().get("municipalities"));
    assertEquals(false, reply.json().get("safeguarding"));
    assertFalse(reply.json().containsKey("password"));
    assertFalse(reply.json().containsKey("passwordHash"));
    assertTrue(reply.raw().getHeaders().get("Location").startsWith("/api/users/"));
    assertEquals(
        200,
        api()
            .json(HttpRequest.POST("/login", Map.of("username", name, "password", Api.PASSWORD)))
            .status());
  }

  @Test
  void officialMayNotCreateUsers() {
    String official = api().official("1880");
    assertEquals(403, create(official, official(unique())).status());
    assertEquals(403, api().json(HttpRequest.GET("/api/users").bearerAuth(official)).status());
  }

  @Test
  void anonymousMayNotCreateUsers() {
    Reply reply = create(null, official(unique()));
    assertEquals(401, reply.status());
    assertEquals("application/problem+json", reply.contentType());
  }

  @Test
  void invalidUserListsEveryProblem() {
    Reply reply =
        create(
            api().admin(),
            "{\"username\":\"A!\",\"password\":\"short\",\"roles\":[\"OFFICIAL\",\"KING\"],"
                + "\"municipalities\":[]}");
    assertEquals(400, reply.status());
    assertEquals(List.of("username", "password", "roles[1]", "municipalities"), Api.paths(reply));
  }

  @Test
  void badMunicipalityCodeIsRejected() {
    Reply reply =
        create(
            api().admin(),
            "{\"username\":\""
                + unique()
                + "\",\"password\":\""
                + Api.PASSWORD
                + "\",\"roles\":[\"OFFICIAL\"],\"municipalities\":[\"18800\"]}");
    assertEquals(400, reply.status());
    assertEquals(
        "municipalities[0]",
        ((Map<?, ?>) ((List<?>) reply.json().get("errors")).get(0)).get("path"));
  }

  @Test
  void duplicateUsernameIs409() {
    String name = unique();
    assertEquals(201, create(api().admin(), official(name)).status());
    Reply again = create(api().admin(), official(name));
    assertEquals(409, again.status());
    assertEquals("application/problem+json", again.contentType());
  }

  @Test
  void adminListsUsersWithoutPasswords() {
    String name = unique();
    create(api().admin(), official(name));
    Reply reply = api().text(HttpRequest.GET("/api/users").bearerAuth(api().admin()));
    assertEquals(200, reply.status());
    assertTrue(reply.text().contains("\"username\":\"" + name + "\""));
    assertTrue(reply.text().contains("\"username\":\"admin\""));
    assertFalse(reply.text().contains("pbkdf2"));
  }

  private Reply create(String token, String body) {
    var request = HttpRequest.POST("/api/users", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    if (token != null) {
      request.bearerAuth(token);
    }
    return api().json(request);
  }

  private static String official(String name) {
    return "{\"username\":\""
        + name
        + "\",\"password\":\""
        + Api.PASSWORD
        + "\",\"roles\":[\"OFFICIAL\"],\"municipalities\":[\"1880\"],\"safeguarding\":false}";
  }

  private static String unique() {
    return "user-" + UUID.randomUUID().toString().substring(0, 8);
  }
}

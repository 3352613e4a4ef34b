package se.hord.platform.web;

import io.micronaut.http.HttpStatus;

/** Plain-language explanations of the statuses a person meets, Swedish first, then English. */
final class Messages {
  static final String INVALID_INPUT =
      "Några uppgifter är fel, se listan. (Some of the input is wrong, see the list.)";

  private Messages() {}

  static String forStatus(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          "Begäran gick inte att läsa. Kontrollera att den är giltig JSON med rätt fält."
              + " (The request could not be read. Check that it is valid JSON with the right"
              + " fields.)";
      case UNAUTHORIZED ->
          "Du behöver logga in, eller så har inloggningen gått ut."
              + " (You need to log in, or your login has expired.)";
      case FORBIDDEN -> "Du får inte göra det här med ditt konto. (Your account may not do this.)";
      case NOT_FOUND -> "Det finns inget på den här adressen. (There is nothing at this address.)";
      case METHOD_NOT_ALLOWED ->
          "Adressen finns, men inte för den här metoden. (The address exists, but not for this"
              + " method.)";
      case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE ->
          "Fel format. Skicka och ta emot JSON (application/json)."
              + " (Wrong format. Send and accept JSON, application/json.)";
      case REQUEST_ENTITY_TOO_LARGE ->
          "Det du skickade är för stort. (What you sent is too large.)";
      case TOO_MANY_REQUESTS ->
          "För många försök på kort tid. Vänta en stund och försök igen."
              + " (Too many tries in a short time. Wait a moment and try again.)";
      case SERVICE_UNAVAILABLE ->
          "Tjänsten är inte redo just nu. Försök igen om en stund."
              + " (The service is not ready right now. Try again in a moment.)";
      default ->
          status.getCode() >= 500
              ? "Något gick fel hos oss. Inget av det du skickade sparades; försök igen."
                  + " (Something went wrong on our side. Nothing you sent was stored; try"
                  + " again.)"
              : status.getReason();
    };
  }
}

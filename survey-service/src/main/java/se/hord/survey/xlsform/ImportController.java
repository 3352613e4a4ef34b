package se.hord.survey.xlsform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** XLSForm (KoboToolbox/ODK) import for officials. */
@Controller("/api/surveys/import/xlsform")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportController {
  private final ImportService imports;

  public ImportController(ImportService imports) {
    this.imports = imports;
  }

  /** Makes a draft survey from an uploaded .xlsx or .csv form (multipart field {@code file}). */
  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  public HttpResponse<ImportService.Imported> importForm(
      CompletedFileUpload file,
      @Nullable @Part("municipality") String municipality,
      HttpRequest<?> request,
      Authentication authentication) {
    String place =
        municipality != null ? municipality : request.getParameters().get("municipality");
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportService.Imported imported =
        imports.importForm(Caller.of(authentication), file.getFilename(), bytes, place);
    return HttpResponse.created(imported, URI.create("/api/surveys/" + imported.id()));
  }
}

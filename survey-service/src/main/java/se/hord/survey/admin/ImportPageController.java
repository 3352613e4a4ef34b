package se.hord.survey.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.xlsform.ImportService;

/** Upload of an XLSForm (KoboToolbox/ODK) in the browser; shows what could not be mapped. */
@Controller("/admin/surveys/import")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
public class ImportPageController {
  private final AdminPages pages;
  private final ImportService imports;

  ImportPageController(AdminPages pages, ImportService imports) {
    this.pages = pages;
    this.imports = imports;
  }

  /** The upload form. */
  @Get
  HttpResponse<?> form(HttpRequest<?> request, @Nullable Authentication auth) {
    if (auth == null) {
      return pages.toLogin(request);
    }
    return page(HttpStatus.OK, pages.official(auth), auth, List.of());
  }

  /** Makes a draft of the uploaded form and lists, row by row, what it left out. */
  @Post(consumes = MediaType.MULTIPART_FORM_DATA)
  HttpResponse<?> upload(
      @Nullable CompletedFileUpload file,
      @Nullable @Part("municipality") String municipality,
      @Nullable @Part("csrf") String csrf,
      HttpRequest<?> request,
      @Nullable Authentication auth)
      throws IOException {
    if (auth == null) {
      return pages.toLogin(request);
    }
    Caller caller = pages.checked(auth, csrf);
    if (file == null || file.getSize() == 0) {
      return page(
          HttpStatus.BAD_REQUEST,
          caller,
          auth,
          List.of(new Violation("file", "Välj en fil att ladda upp. (Choose a file to upload.)")));
    }
    try {
      ImportService.Imported imported =
          imports.importForm(caller, file.getFilename(), file.getBytes(), municipality);
      return AdminPages.page(
          HttpStatus.CREATED,
          "admin/imported",
          "Importerad",
          Map.of("imported", imported, "file", file.getFilename()));
    } catch (ProblemException e) {
      if (e.violations().isEmpty()) {
        throw e;
      }
      return page(e.status(), caller, auth, e.violations());
    }
  }

  @Error(exception = ProblemException.class)
  HttpResponse<?> refused(ProblemException e) {
    return AdminPages.problem(e);
  }

  private HttpResponse<?> page(
      HttpStatus status, Caller caller, Authentication auth, List<Violation> errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("municipalities", List.copyOf(caller.municipalities()));
    model.put("csrf", pages.csrf(auth));
    model.put("errors", errors);
    return AdminPages.page(status, "admin/import", "Importera XLSForm", model);
  }
}

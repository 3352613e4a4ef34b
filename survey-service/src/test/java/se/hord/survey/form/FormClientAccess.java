package se.hord.survey.form;

import se.hord.survey.Api;
import se.hord.survey.Api.Reply;

/** {@link FormClient} for tests of other packages: opens the form and sends these answers. */
public final class FormClientAccess {
  private final FormClient form;

  public FormClientAccess(Api api, String slug) {
    this.form = new FormClient(api, slug);
  }

  public Reply answer(String fields) {
    form.open("");
    return form.post(fields);
  }
}

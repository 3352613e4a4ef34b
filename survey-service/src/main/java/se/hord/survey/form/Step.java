package se.hord.survey.form;

/**
 * Where the young person is in the form: the page (0-based) of how many, its section heading,
 * whether there is a page before or after, a notice key (e.g. {@code saved}) and the resume link
 * once a draft is kept.
 */
record Step(
    int page,
    int pages,
    String heading,
    boolean first,
    boolean last,
    String notice,
    String resumeLink) {}

package se.hord.analysis;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Inject;
import se.hord.analysis.index.AnswerIndex;
import se.hord.testkit.DatabaseTest;

/**
 * What the analysis tests over HTTP share: the test database, a client of the test server, the
 * token generator (for {@link Tokens}) and the real Lucene index. Subclasses are
 * {@code @MicronautTest}s that index their own answers.
 */
public abstract class AnalysisTest implements DatabaseTest {
  @Inject
  @Client("/")
  protected HttpClient client;

  @Inject protected TokenGenerator tokens;
  @Inject protected AnswerIndex index;

  @Override
  public String database() {
    return "hord_test_analysis";
  }
}

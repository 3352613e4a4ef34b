package se.hord.analysis.index;

import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import se.hord.analysis.text.HordAnalyzer;
import se.hord.platform.feed.FeedItem;

/** How a feed item becomes a Lucene document: the field names and their kinds, in one place. */
public final class ItemFields {
  public static final String ID = "id";
  public static final String TEXT = "text";

  /** The text again, with å/ä/ö folded to a/a/o: the weaker match for text typed without them. */
  public static final String TEXT_FOLDED = TEXT + HordAnalyzer.FOLDED_SUFFIX;

  public static final String SOURCE = "source";
  public static final String MUNICIPALITY = "municipality";
  public static final String ORIGIN_ID = "originId";
  public static final String ORIGIN_TITLE = "originTitle";
  public static final String QUESTION_KEY = "questionKey";
  public static final String QUESTION_TEXT = "questionText";
  public static final String AGE_BAND = "ageBand";
  public static final String GENDER = "gender";
  public static final String AREA = "area";
  public static final String CHANNEL = "channel";
  public static final String CREATED_AT = "createdAt";

  /** The month of {@link #CREATED_AT} in Swedish time, {@code 2026-03}: a filter and a facet. */
  public static final String MONTH = "month";

  /**
   * Who gave the answer, as far as the id tells: {@code survey:resp-12} for every answer of one
   * survey response ({@code survey:resp-12:varfor}); the id itself otherwise. Reports count people
   * by it.
   */
  public static final String RESPONDENT = "respondent";

  /** Fields with one value per answer kept as doc values, which reports break counts down by. */
  public static final List<String> BREAKDOWNS = List.of(SOURCE, AGE_BAND, GENDER, AREA);

  /** Fields that are filters and facets: exact values, counted per value. */
  public static final List<String> FACETS =
      List.of(SOURCE, MUNICIPALITY, ORIGIN_ID, MONTH, AGE_BAND, GENDER, AREA, CHANNEL);

  private static final java.time.ZoneId SWEDEN = java.time.ZoneId.of("Europe/Stockholm");

  /** Text: analysed, stored, with offsets so the highlighter needs no re-analysis. */
  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  /** The folded text: analysed with offsets (highlighting), not stored (the text is). */
  private static final FieldType FOLDED_TYPE = new FieldType();

  static {
    FOLDED_TYPE.setTokenized(true);
    FOLDED_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    FOLDED_TYPE.freeze();
  }

  private ItemFields() {}

  /** The facets configuration every writer and reader of the index shares. */
  static FacetsConfig facetsConfig() {
    return new FacetsConfig();
  }

  /** The document for an item whose text is already scrubbed. */
  static Document toDocument(FeedItem item, FacetsConfig facets) throws java.io.IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, item.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(item.id())));
    String text = item.text() == null ? "" : item.text();
    doc.add(new Field(TEXT, text, TEXT_TYPE));
    doc.add(new Field(TEXT_FOLDED, text, FOLDED_TYPE));
    doc.add(new SortedDocValuesField(RESPONDENT, new BytesRef(respondent(item.id()))));
    facet(doc, ORIGIN_ID, item.originId());
    stored(doc, ORIGIN_TITLE, item.originTitle());
    stored(doc, QUESTION_KEY, item.questionKey());
    stored(doc, QUESTION_TEXT, item.questionText());
    facet(doc, SOURCE, item.source());
    facet(doc, MUNICIPALITY, item.municipality());
    facet(doc, AGE_BAND, item.ageBand());
    facet(doc, GENDER, item.gender());
    facet(doc, AREA, item.area());
    facet(doc, CHANNEL, item.channel());
    long createdAt = (item.createdAt() == null ? Instant.EPOCH : item.createdAt()).toEpochMilli();
    facet(doc, MONTH, month(createdAt));
    doc.add(new LongPoint(CREATED_AT, createdAt));
    doc.add(new NumericDocValuesField(CREATED_AT, createdAt));
    doc.add(new StoredField(CREATED_AT, createdAt));
    return facets.build(doc);
  }

  /** The month (Swedish time) of an instant, as {@code 2026-03}. */
  public static String month(long epochMillis) {
    return java.time.YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(SWEDEN)).toString();
  }

  /** The respondent of an answer id: everything before the last of two colons. */
  public static String respondent(String id) {
    int last = id.lastIndexOf(':');
    return last > 0 && id.indexOf(':') < last ? id.substring(0, last) : id;
  }

  private static void stored(Document doc, String name, String value) {
    if (value != null) {
      doc.add(new StoredField(name, value));
    }
  }

  private static void exact(Document doc, String name, String value) {
    if (value != null && !value.isEmpty()) {
      doc.add(new StringField(name, value, Field.Store.YES));
    }
  }

  private static void facet(Document doc, String name, String value) {
    if (value != null && !value.isEmpty()) {
      exact(doc, name, value);
      doc.add(new SortedSetDocValuesFacetField(name, value));
      if (BREAKDOWNS.contains(name)) {
        doc.add(new SortedDocValuesField(name, new BytesRef(value)));
      }
    }
  }
}

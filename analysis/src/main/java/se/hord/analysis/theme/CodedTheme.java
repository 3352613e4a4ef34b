package se.hord.analysis.theme;

import org.apache.lucene.search.Query;

/**
 * A theme ready to search with: its query, widened by the answers pinned into it and narrowed by
 * those pinned out of it.
 */
public record CodedTheme(String key, String labelSv, String labelEn, Query query) {}

/**
 * Korean search: an Apache Lucene index with the Nori analyzer over every visible article, kept current from
 * the article module's events. API: {@link kr.sinmun.search.Search} with {@link kr.sinmun.search.SearchQuery},
 * {@link kr.sinmun.search.SearchResults}, {@link kr.sinmun.search.SearchHit} and
 * {@link kr.sinmun.search.Suggestion}, and {@link kr.sinmun.search.SearchRequest}, which reads a search's parameters
 * for the reader's page and the API alike. The index lives under {@code <data>/index}, survives restarts and is
 * rebuilt aside (then swapped in) when missing, corrupt, or after the dictionary changed. Event
 * {@link kr.sinmun.search.SearchDictionaryChanged}: every node rebuilds with the new words. The synonym
 * dictionary ({@link kr.sinmun.search.SynonymEntry}) is applied to queries, not to the index: event
 * {@link kr.sinmun.search.SearchSynonymsChanged} makes every node rebuild its query-time synonym map. The index is
 * compared with the database at start (the node's readiness stays DOWN until then) and periodically.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package kr.sinmun.search;

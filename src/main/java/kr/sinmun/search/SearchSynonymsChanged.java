package kr.sinmun.search;

/**
 * The desk added, changed or removed a synonym entry ({@code id}): every node rebuilds its query-time synonym map
 * from the table. The index is not touched.
 */
public record SearchSynonymsChanged(long id) {
}

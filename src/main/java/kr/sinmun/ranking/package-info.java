/**
 * View counting and the most-read list (HOT클릭 TOP7). API: {@link kr.sinmun.ranking.Ranking}. Views are
 * counted in memory and flushed in batches; the list is recomputed in the background, never on a request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking")
package kr.sinmun.ranking;

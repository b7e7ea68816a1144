/**
 * View counting, the most-read lists (HOT클릭 TOP7 of the last 24 hours; the week's, overall and per section, from
 * the daily roll-up) and the newsroom's statistics of reading. API:
 * {@link kr.sinmun.ranking.Ranking}, {@link kr.sinmun.ranking.Readership} and {@link kr.sinmun.ranking.Referrer}. Views are
 * counted in memory and flushed in batches; the list is recomputed in the background, never on a request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking")
package kr.sinmun.ranking;

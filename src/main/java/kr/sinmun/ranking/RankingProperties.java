package kr.sinmun.ranking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code window}: how far back "most read" looks; {@code dedupe}: a client's repeat views of one article
 * within this time count once; {@code flushInterval}: how often buffered counts are written (at most this
 * much counting is lost on a crash); {@code refreshInterval}: how often the list is recomputed.
 */
@ConfigurationProperties("sinmun.ranking")
record RankingProperties(@DefaultValue("24h") Duration window, @DefaultValue("10m") Duration dedupe,
		@DefaultValue("2s") Duration flushInterval, @DefaultValue("15s") Duration refreshInterval,
		@DefaultValue("200000") long maxTrackedClients) {
}

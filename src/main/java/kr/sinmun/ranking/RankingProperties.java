package kr.sinmun.ranking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code window}: how far back "most read" looks; {@code dedupe}: a client's repeat views of one article
 * within this time count once; {@code viewsPerAddress}: at most this many views of one article count from one
 * address (an IPv6 /64) per {@code addressWindow}, however many browsers it claims to be;
 * {@code flushInterval}: how often buffered counts are written (at most this much counting is lost on a
 * crash); {@code refreshInterval}: how often the list is recomputed; {@code maxTrackedClients}: the bound of
 * each in-memory table of clients and addresses.
 */
@ConfigurationProperties("sinmun.ranking")
record RankingProperties(@DefaultValue("24h") Duration window, @DefaultValue("10m") Duration dedupe,
		@DefaultValue("5") int viewsPerAddress, @DefaultValue("1h") Duration addressWindow,
		@DefaultValue("2s") Duration flushInterval, @DefaultValue("15s") Duration refreshInterval,
		@DefaultValue("200000") long maxTrackedClients) {
}

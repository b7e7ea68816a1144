package kr.sinmun.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code poll}: how often a node reads the change feed without being woken (a lost notification or a dead
 * listening connection delays a node by this much at most); {@code check}: how often the listening
 * connection proves it is alive with {@code SELECT 1}; {@code timeout}: how long that check, or any read on
 * the listening connection, may take before the connection is given up and opened again; {@code retention}:
 * how long entries are kept.
 */
@ConfigurationProperties("sinmun.cluster")
record ClusterProperties(@DefaultValue("5s") Duration poll, @DefaultValue("10s") Duration check,
		@DefaultValue("5s") Duration timeout, @DefaultValue("1d") Duration retention) {
}

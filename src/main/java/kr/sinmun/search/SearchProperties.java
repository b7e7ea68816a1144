package kr.sinmun.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code commitInterval}: how often index changes are made durable (searches see them at once, within
 * milliseconds); {@code reconcileInterval}: how often the index is compared with the database and any difference repaired.
 */
@ConfigurationProperties("sinmun.search")
record SearchProperties(@DefaultValue("5s") Duration commitInterval, @DefaultValue("10m") Duration reconcileInterval) {
}

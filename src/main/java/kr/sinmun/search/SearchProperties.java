package kr.sinmun.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code commitInterval}: how often index changes are made durable (searches see them at once, within
 * milliseconds); {@code dueCheckInterval}: how often articles scheduled for a time are picked up.
 */
@ConfigurationProperties("sinmun.search")
record SearchProperties(@DefaultValue("5s") Duration commitInterval, @DefaultValue("20s") Duration dueCheckInterval) {
}

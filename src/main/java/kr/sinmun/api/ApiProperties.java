package kr.sinmun.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tokenTtl}: how long an issued token works; {@code maxBodyBytes}: the largest request body accepted;
 * {@code idempotencyKeyTtl}: how long the first answer to a request sent with an {@code Idempotency-Key} is kept.
 */
@ConfigurationProperties("sinmun.api")
record ApiProperties(@DefaultValue("30d") Duration tokenTtl, @DefaultValue("2097152") long maxBodyBytes,
		@DefaultValue("24h") Duration idempotencyKeyTtl) {
}

package kr.sinmun.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code tokenTtl}: how long an issued token works; {@code maxBodyBytes}: the largest request body accepted. */
@ConfigurationProperties("sinmun.api")
record ApiProperties(@DefaultValue("30d") Duration tokenTtl, @DefaultValue("2097152") long maxBodyBytes) {
}

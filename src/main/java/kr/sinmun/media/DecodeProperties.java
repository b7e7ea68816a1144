package kr.sinmun.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many megapixels of uploads may be decoded at once ({@code 0}: a quarter of the heap's worth, see
 * {@link DecodeBudget}), and ({@code max-wait}) how long an upload waits for its turn before the server answers 503.
 */
@ConfigurationProperties("sinmun.media.decode")
record DecodeProperties(@DefaultValue("0") int megapixels, @DefaultValue("10s") Duration maxWait) {
}

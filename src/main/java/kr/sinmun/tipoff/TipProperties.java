package kr.sinmun.tipoff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sinmun.tips}: how many tips one address may send an hour, how large a photo may be, and how long tips
 * are kept (the period the form's consent text states).
 */
@ConfigurationProperties("sinmun.tips")
record TipProperties(@DefaultValue("5") int perHour, @DefaultValue("4MB") DataSize maxFileSize,
		@DefaultValue("365d") Duration retention) {

	static final int MAX_FILES = 5;

}

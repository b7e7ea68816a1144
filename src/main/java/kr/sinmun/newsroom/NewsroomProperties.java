package kr.sinmun.newsroom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code autosaveSeconds}: how often the editor saves a draft in the background while someone types. */
@ConfigurationProperties("sinmun.newsroom")
record NewsroomProperties(@DefaultValue("20") int autosaveSeconds) {
}

package kr.sinmun.platform;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The query check agrees with what Tomcat's parameter parser accepts and throws on. */
class UnreadableRequestValveTests {

	private static boolean readable(String query) {
		byte[] bytes = query.getBytes(StandardCharsets.ISO_8859_1);
		return UnreadableRequestValve.readableQuery(bytes, 0, bytes.length, StandardCharsets.UTF_8, 1000);
	}

	@Test
	void acceptsWhatBrowsersAndPortalsSend() {
		assertThat(readable("")).isTrue();
		assertThat(readable("page=2")).isTrue();
		assertThat(readable("q=%ED%95%9C%EA%B5%AD+%EA%B2%BD%EC%A0%9C&page=1")).isTrue();
		assertThat(readable("utm_source=naver&utm_medium=news&&flag")).isTrue();
		assertThat(readable("q=100%25")).isTrue();
		assertThat(readable("a=b=c")).isTrue();
	}

	@Test
	void refusesWhatTomcatWouldThrowOn() {
		assertThat(readable("x=%")).isFalse();
		assertThat(readable("x=%2")).isFalse();
		assertThat(readable("x=%zz")).isFalse();
		assertThat(readable("x=%ff")).isFalse();
		assertThat(readable("%ff=1")).isFalse();
		// A lone surrogate encoded in UTF-8, and a character cut in half by the next parameter.
		assertThat(readable("q=%ed%a0%80")).isFalse();
		assertThat(readable("q=%e4%b8&r=%ad")).isFalse();
		assertThat(readable("=x")).isFalse();
		assertThat(readable("a=1&=x")).isFalse();
		assertThat(readable("a&".repeat(1000))).isTrue();
		assertThat(readable("a&".repeat(1001))).isFalse();
	}

}

package kr.sinmun.pagecache;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class CachedAnswersTests {

	private final CachedAnswers answers = new CachedAnswers(null, "NEWSROOM_SID");

	@Test
	void aRequestWithTheConfiguredSessionCookieIsNeverAnsweredFromTheCache() {
		assertThat(answers.isCacheable(get(new Cookie("NEWSROOM_SID", "abc")))).isFalse();
		// The container's and Spring Session's own names count too, whatever the setting says.
		assertThat(answers.isCacheable(get(new Cookie("JSESSIONID", "abc")))).isFalse();
		assertThat(answers.isCacheable(get(new Cookie("SESSION", "abc")))).isFalse();
	}

	@Test
	void readersWithOtherCookiesOrNoneAreAnsweredFromTheCache() {
		assertThat(answers.isCacheable(get())).isTrue();
		assertThat(answers.isCacheable(get(new Cookie("SINMUN_SESSION", "a setting renamed it"), new Cookie("_ga", "1"))))
			.isTrue();
	}

	@Test
	void credentialsAndWritesAreNot() {
		MockHttpServletRequest bearer = get();
		bearer.addHeader("Authorization", "Bearer x");
		assertThat(answers.isCacheable(bearer)).isFalse();
		assertThat(answers.isCacheable(new MockHttpServletRequest("POST", "/"))).isFalse();
		assertThat(answers.isCacheable(new MockHttpServletRequest("HEAD", "/"))).isTrue();
	}

	private static MockHttpServletRequest get(Cookie... cookies) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (cookies.length > 0) {
			request.setCookies(cookies);
		}
		return request;
	}

}

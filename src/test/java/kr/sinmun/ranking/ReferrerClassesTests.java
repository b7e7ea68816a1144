package kr.sinmun.ranking;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a view came from, as the statistics' referrer chart documents it (docs/newsroom.md). */
class ReferrerClassesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(nullValues = "NULL", value = {
			"NULL, DIRECT", "'', DIRECT",
			"https://www.sinmun.test/section/politics, INTERNAL",
			"https://news.naver.com/main/main.naver, PORTAL", "https://n.news.naver.com/mnews/article/001/1, PORTAL",
			"https://m.naver.com/, PORTAL", "https://v.daum.net/v/2026120409, PORTAL", "https://news.nate.com/view/1, PORTAL",
			"https://news.zum.com/articles/1, PORTAL", "https://news.google.com/stories/x, PORTAL",
			"android-app://com.nhn.android.search/, PORTAL",
			"https://search.naver.com/search.naver?query=x, SEARCH", "https://m.search.daum.net/search?q=x, SEARCH",
			"https://search.zum.com/search.zum?query=x, SEARCH", "https://www.google.com/, SEARCH",
			"https://www.google.co.kr/, SEARCH", "https://www.bing.com/search?q=x, SEARCH",
			"android-app://com.google.android.googlequicksearchbox/, SEARCH",
			"https://m.blog.naver.com/reporter/1, SNS", "https://cafe.daum.net/club, SNS", "https://t.co/abc, SNS",
			"https://l.facebook.com/l.php?u=x, SNS", "https://story.kakao.com/x, SNS", "https://x.com/paper, SNS",
			"https://www.clien.net/service/board/news/1, OTHER", "not a url at all, OTHER",
			"https://evilnaver.com/, OTHER" })
	void sortsAReferrerIntoItsClassByHostAlone(String referer, Referrer expected) {
		assertThat(ReferrerClasses.classify(referer, "www.sinmun.test")).isEqualTo(expected);
	}

}

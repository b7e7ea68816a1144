package kr.sinmun.pagecache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which key an address leads to: one per page a reader can see, whatever the address adds. */
class PageLookupTests {

	@Test
	void pagesThatReadNoParameterHaveOneKeyWhateverTheQuery() {
		assertThat(PageLookup.key("/", "page=8123&utm_source=x")).isEqualTo("/");
		assertThat(PageLookup.key("/news/41", "fbclid=abc")).isEqualTo("/news/41");
		assertThat(PageLookup.key("/page/about", "page=2")).isEqualTo("/page/about");
		assertThat(PageLookup.key("/rss/allArticle.xml", "x=%ff")).isEqualTo("/rss/allArticle.xml");
		assertThat(PageLookup.key("/sitemap-articles-2026-11.xml", null)).isEqualTo("/sitemap-articles-2026-11.xml");
		assertThat(PageLookup.key("/sitemap.xml", "a")).isEqualTo("/sitemap.xml");
		assertThat(PageLookup.key("/robots.txt", "a")).isEqualTo("/robots.txt");
	}

	@Test
	void listsReadTheirPageNumberAndShareOneKeyForEverythingThatIsNoPage() {
		assertThat(PageLookup.key("/section/politics", null)).isEqualTo("/section/politics");
		assertThat(PageLookup.key("/section/politics", "page=1")).isEqualTo("/section/politics");
		assertThat(PageLookup.key("/section/politics", "page=")).isEqualTo("/section/politics");
		assertThat(PageLookup.key("/section/politics", "utm_medium=x&page=02")).isEqualTo("/section/politics?page=2");
		assertThat(PageLookup.key("/reporter/2", "page=999999&page=3")).isEqualTo("/reporter/2?page=999999");
		assertThat(PageLookup.key("/series/local-decline", "page=02")).isEqualTo("/series/local-decline?page=2");
		assertThat(PageLookup.key("/series/local-decline", "page=abc")).isEqualTo("/series/local-decline?page=*");
		for (String query : new String[] { "page=0", "page=1000000", "page=abc", "page=-1", "page=%32", "page=2+",
				"page=1,2" }) {
			assertThat(PageLookup.key("/section/politics", query)).as(query).isEqualTo("/section/politics?page=*");
		}
		assertThat(PageLookup.key("/section/politics", "apage=7&xpage=8")).isEqualTo("/section/politics");
	}

	@Test
	void pathsOutsideTheGrammarAreNeverCached() {
		for (String path : new String[] { "/search", "/news/abc", "/news/1;x=1", "/news/%31", "/news/1234567890123456789",
				"/section/Politics", "/section/", "/page/a%2Fb", "/rss/.xml", "/sitemap.xml.gz", "/newsroom", "/css/site.css",
				"/news/041", "/news/41/slug", "/series/", "/series/Local", "/series/%EC%97%B0%EC%9E%AC", "/series/a/b" }) {
			assertThat(PageLookup.key(path, null)).as(path).isNull();
		}
		assertThat(PageLookup.key(null, null)).isNull();
	}

	@Test
	void wrongArticleAddressesLeadToTheCanonicalOne() {
		assertThat(PageLookup.articleRedirect("/news/41/any-title")).isEqualTo("/news/41");
		assertThat(PageLookup.articleRedirect("/news/41/%EA%B8%B0%EC%82%AC")).isEqualTo("/news/41");
		assertThat(PageLookup.articleRedirect("/news/41/")).isEqualTo("/news/41");
		assertThat(PageLookup.articleRedirect("/news/00041")).isEqualTo("/news/41");
		assertThat(PageLookup.articleRedirect("/news/041/x")).isEqualTo("/news/41");
		// The canonical address itself, and whatever the application's firewall must judge.
		for (String path : new String[] { "/news/41", "/news/0", "/news/41/a/b", "/news/41/a;b", "/news/41/%2F",
				"/news/41/%25", "/news/41/..", "/news/41/.", "/news/41x", "/news/", "/section/x", "/news/1234567890123456789/x" }) {
			assertThat(PageLookup.articleRedirect(path)).as(path).isNull();
		}
	}

	@Test
	void readsTheArticleOfAKey() {
		assertThat(PageLookup.articleId("/news/41")).isEqualTo(41);
		assertThat(PageLookup.articleId("/section/politics?page=2")).isZero();
		assertThat(PageLookup.noSuchPageKey("/section/politics?page=2")).isEqualTo("/section/politics?page=*");
		assertThat(PageLookup.noSuchPageKey("/reporter/2")).isEqualTo("/reporter/2?page=*");
	}

}

package kr.sinmun.site;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient.Response;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON embedded in a page (the article's JSON-LD) holds the article's own words. An article about HTML that
 * quotes {@code <!--<script>} must not make the browser's HTML parser swallow the rest of its page: the page is
 * parsed here as browsers parse it (jsoup follows the HTML standard's script states).
 */
class JsonInPageIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Test
	void anArticleQuotingHtmlCommentsAndScriptTagsKeepsItsWholePage() {
		String quoted = "웹 문서에서 <!--<script> 로 시작하는 줄과 </script> & 닫는 태그를 다루는 법";
		ArticleDetail article = articles.create(new ArticleDraft(sections.bySlug("culture").orElseThrow().id(),
				people.reporterNamed("최하린").orElseThrow().id(), "HTML 주석 <!--<script> 읽는 법", null,
				"<p>" + quoted.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p><p>둘째 문단은 끝까지 보여야 한다.</p>",
				List.of(), ArticleStatus.PUBLISHED, null));
		Response response = web().get("/news/" + article.id());
		assertThat(response.status()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());

		Element headline = page.selectFirst("h1.headline");
		assertThat(headline).as("the article's headline after the JSON-LD block").isNotNull();
		assertThat(headline.text()).isEqualTo("HTML 주석 <!--<script> 읽는 법");
		assertThat(page.body().text()).contains("둘째 문단은 끝까지 보여야 한다.");

		Element script = page.selectFirst("script[type=application/ld+json]");
		assertThat(script.data()).doesNotContain("<", ">", "&");
		JsonNode data = JsonMapper.builder().build().readTree(script.data());
		assertThat(data.get("headline").asString()).isEqualTo("HTML 주석 <!--<script> 읽는 법");
		assertThat(data.get("description").asString()).contains("<!--<script>", "</script> &");
	}

}

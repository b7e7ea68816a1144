package kr.sinmun.site;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.sinmun.HtmlChecker;
import kr.sinmun.IntegrationTest;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of an article page: the reporter card with the portrait from the reporter's profile, their e-mail and
 * page, and their other latest articles without the one being read; a new portrait reaches cached pages at once.
 */
class ArticleEndIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	Sections sections;

	@Autowired
	People people;

	@Autowired
	Clock clock;

	@Test
	void showsTheReporterCardWithPortraitAndTheirOtherArticles() {
		long reporter = people.userId("card-reporter")
			.orElseGet(() -> people.create(new NewUser("card-reporter", "card-reporter-password-1", "차윤서",
					"yoonseo.cha@sinmun.example", Role.REPORTER, null)).id());
		List<ArticleDetail> made = new ArrayList<>();
		try {
			for (String headline : List.of("카드 시험: 한빛천 산책로 야간 조명 설치", "카드 시험: 동네 책방 지원 조례 통과",
					"카드 시험: 시립 수영장 리모델링 마치고 재개장")) {
				made.add(articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(), reporter, headline,
						null, "<p>" + headline + " 소식을 전하는 시험 본문입니다.</p>", List.of(), ArticleStatus.PUBLISHED,
						clock.instant().minus(Duration.ofMinutes(10L * made.size() + 5)))));
			}
			ArticleDetail read = made.get(0);
			String page = web().get("/news/" + read.id()).body();
			assertThat(page).containsPattern("<section class=\"reporter-card\" aria-labelledby=\"reporter-card-title\">")
				.contains("<h2 id=\"reporter-card-title\" class=\"reporter-card-name\"><a href=\"/reporter/" + reporter
						+ "\">차윤서 기자</a></h2>")
				.contains("<a href=\"mailto:yoonseo.cha@sinmun.example\">yoonseo.cha@sinmun.example</a>")
				.contains("<h3 class=\"reporter-card-others\">차윤서 기자의 다른 기사</h3>")
				// No portrait yet: no empty image.
				.doesNotContain("reporter-card-photo");
			String card = page.substring(page.indexOf("class=\"reporter-card\""), page.indexOf("</section>",
					page.indexOf("class=\"reporter-card\"")));
			assertThat(card).contains("동네 책방 지원 조례 통과", "시립 수영장 리모델링 마치고 재개장")
				.doesNotContain("한빛천 산책로 야간 조명 설치");
			assertThat(HtmlChecker.errors(page)).as("Nu HTML checker").isEmpty();

			// The page is cached now; a new portrait drops it (the page carries the reporter's key).
			people.setPhoto(reporter, "/media/card-test-320.jpg", 320, 180);
			assertThat(web().get("/news/" + read.id()).body()).contains(
					"<img class=\"reporter-card-photo\" src=\"/media/card-test-320.jpg\" alt=\"\" width=\"320\" height=\"180\" loading=\"lazy\" decoding=\"async\">");
		}
		finally {
			made.forEach(article -> articles.delete(article.id()));
		}
	}

}

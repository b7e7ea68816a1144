package kr.sinmun.site;

import java.time.Instant;
import java.util.List;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.section.Sections;

/** Small factories for articles the site and page-cache tests publish themselves. */
public final class ArticleFixtures {

	private ArticleFixtures() {
	}

	public static ArticleDetail publish(Articles articles, Sections sections, People people, String section, String headline,
			Instant publishedAt) {
		return articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(),
				people.reporterNamed("박서연").orElseThrow().id(), headline, null,
				"<p>" + headline + "에 관한 시험용 본문입니다. 독자가 읽을 문장을 몇 개 더 적어 둡니다.</p>", List.of("시험"),
				ArticleStatus.PUBLISHED, publishedAt));
	}

}

package kr.sinmun.article;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.ShiftableClock;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees an article, against real PostgreSQL, as the newsroom, the API and reader pages all ask
 * {@link Articles}: a reporter sees their own unpublished work and what readers see, not a colleague's drafts;
 * the desk sees everything; readers see an article scheduled for later only from its time on.
 */
class ArticleVisibilityIntegrationTests extends IntegrationTest {

	@Autowired
	Articles articles;

	@Autowired
	People people;

	@Autowired
	Sections sections;

	@Autowired
	ShiftableClock clock;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> users = new ArrayList<>();

	private final List<Long> written = new ArrayList<>();

	private long author;

	private long colleague;

	private long desk;

	private int section;

	@BeforeEach
	void newsroom() {
		author = user(Role.REPORTER, "글쓴 기자");
		colleague = user(Role.REPORTER, "옆자리 기자");
		desk = user(Role.EDITOR, "데스크");
		section = sections.all().get(0).id();
	}

	@AfterEach
	void clearUp() {
		clock.reset();
		written.forEach(articles::delete);
		jdbc.sql("DELETE FROM users WHERE id IN (:ids)").param("ids", users).update();
	}

	@Test
	void aReporterSeesTheirOwnDraftButNotAColleaguesWhileTheDeskSeesBoth() {
		ArticleDetail draft = write(author, "가시성 시험: 작성중인 기사");

		assertThat(articles.maySee(viewer(author, Role.REPORTER), draft)).isTrue();
		assertThat(articles.maySee(viewer(colleague, Role.REPORTER), draft)).isFalse();
		assertThat(articles.maySee(viewer(desk, Role.EDITOR), draft)).isTrue();
		assertThat(articles.findVisible(draft.id())).isEmpty();

		ArticleFilter byAuthor = new ArticleFilter(null, null, null, null, author, null, null, null);
		assertThat(ids(articles.listing(byAuthor, viewer(author, Role.REPORTER), 1, 20))).containsExactly(draft.id());
		assertThat(ids(articles.listing(byAuthor, viewer(colleague, Role.REPORTER), 1, 20))).isEmpty();
		assertThat(ids(articles.listing(byAuthor, viewer(desk, Role.EDITOR), 1, 20))).containsExactly(draft.id());
	}

	@Test
	void aColleagueSeesTheArticleOnceItIsPublishedAsReadersDo() {
		ArticleDetail article = write(author, "가시성 시험: 출고된 기사");
		ArticleDetail published = articles.move(article.id(), ArticleStatus.PUBLISHED, null, false, desk);

		assertThat(articles.maySee(viewer(colleague, Role.REPORTER), published)).isTrue();
		assertThat(articles.findVisible(article.id())).isPresent();
		ArticleFilter byAuthor = new ArticleFilter(null, null, null, null, author, null, null, null);
		assertThat(ids(articles.listing(byAuthor, viewer(colleague, Role.REPORTER), 1, 20)))
			.containsExactly(article.id());
	}

	@Test
	void aScheduledArticleStaysHiddenFromReadersAndColleaguesUntilItsTime() {
		ArticleDetail article = write(author, "가시성 시험: 예약된 기사");
		// To the second, as the desk's form sets it.
		Instant due = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		ArticleDetail scheduled = articles.move(article.id(), ArticleStatus.PUBLISHED, due, false, desk);

		assertThat(articles.findVisible(article.id())).isEmpty();
		assertThat(articles.visible(List.of(article.id()))).isEmpty();
		assertThat(articles.maySee(viewer(colleague, Role.REPORTER), scheduled)).isFalse();
		assertThat(articles.maySee(viewer(author, Role.REPORTER), scheduled)).isTrue();

		clock.shift(Duration.ofHours(1).plusSeconds(1));

		assertThat(articles.findVisible(article.id())).get().extracting(ArticleDetail::publishedAt).isEqualTo(due);
		assertThat(articles.visible(List.of(article.id()))).extracting(ArticleSummary::id).containsExactly(article.id());
		assertThat(articles.maySee(viewer(colleague, Role.REPORTER), scheduled)).isTrue();
	}

	private ArticleDetail write(long reporter, String headline) {
		ArticleDetail article = articles.create(new ArticleDraft(section, reporter, headline, null,
				"<p>가시성 규칙을 확인하는 기사입니다.</p>", List.of(), ArticleStatus.DRAFT, null), reporter);
		written.add(article.id());
		return article;
	}

	private long user(Role role, String name) {
		String username = "nr-visibility-" + UUID.randomUUID().toString().substring(0, 8);
		long id = people.create(new NewUser(username, "시험용 비밀번호-" + UUID.randomUUID(), name, null, role, null)).id();
		users.add(id);
		return id;
	}

	private static ArticleViewer viewer(long userId, Role role) {
		return ArticleViewer.of(userId, role);
	}

	private static List<Long> ids(ArticlePage<ArticleListing> page) {
		return page.items().stream().map(ArticleListing::id).toList();
	}

}

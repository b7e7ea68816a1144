package kr.sinmun.newsroom;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;
import kr.sinmun.section.Sections;

/** The newsroom's test people and articles, created once per database and reused. */
final class NewsroomFixtures {

	static final String PASSWORD = "newsroom-password-1";

	static final String REPORTER = "nr-reporter";

	static final String OTHER_REPORTER = "nr-reporter2";

	static final String DESK = "nr-desk";

	private NewsroomFixtures() {
	}

	static long user(People people, String username, String name, Role role) {
		return people.userId(username)
			.orElseGet(() -> people.create(new NewUser(username, PASSWORD, name, username + "@sinmun.example", role, null))
				.id());
	}

	static long reporter(People people) {
		return user(people, REPORTER, "한지우", Role.REPORTER);
	}

	static long otherReporter(People people) {
		return user(people, OTHER_REPORTER, "문서진", Role.REPORTER);
	}

	static long desk(People people) {
		return user(people, DESK, "오데스크", Role.EDITOR);
	}

	static ArticleDetail draft(Articles articles, Sections sections, long reporterId, String headline, String body) {
		return articles.create(new ArticleDraft(sections.bySlug("society").orElseThrow().id(), reporterId, headline, null,
				body, List.of(), ArticleStatus.DRAFT, null), reporterId);
	}

	static ArticleDetail published(Articles articles, Sections sections, long reporterId, String section,
			String headline, java.time.Instant at) {
		return articles.create(new ArticleDraft(sections.bySlug(section).orElseThrow().id(), reporterId, headline, null,
				"<p>" + headline + "에 관한 시험용 본문입니다.</p>", List.of(), ArticleStatus.PUBLISHED, at), reporterId);
	}

	/** A small PNG drawn on the spot: a photo to upload. */
	static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 90, 160));
		graphics.fillRect(0, 0, 640, 360);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(240, 100, 160, 160);
		graphics.dispose();
		Path file = Files.createTempFile("sinmun-photo", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}

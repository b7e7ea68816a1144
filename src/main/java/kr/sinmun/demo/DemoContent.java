package kr.sinmun.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.ads.Banners;
import kr.sinmun.ads.Campaign;
import kr.sinmun.ads.CampaignDraft;
import kr.sinmun.article.ArticleDraft;
import kr.sinmun.article.ArticleStatus;
import kr.sinmun.article.Articles;
import kr.sinmun.media.MediaLibrary;
import kr.sinmun.media.StoredMedia;
import kr.sinmun.people.NewUser;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.people.Role;
import kr.sinmun.platform.SinmunProperties;
import kr.sinmun.section.Section;
import kr.sinmun.series.Series;
import kr.sinmun.series.SeriesCatalog;
import kr.sinmun.section.Sections;
import kr.sinmun.settings.SiteSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Installs the demo paper on first start: runs after the administrator exists, and only when the database has
 * no articles, so it never touches a paper in use. Publication times are spread over the two weeks before now.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private static final List<NewUser> REPORTERS = List.of(
			new NewUser("seoyeon", null, "박서연", "seoyeon.park@sinmun.example", Role.REPORTER,
					"정치와 사회를 취재합니다. 지방자치와 주거 문제에 관심이 많습니다."),
			new NewUser("doyun", null, "이도윤", "doyun.lee@sinmun.example", Role.REPORTER,
					"경제와 산업을 취재합니다. 반도체, 에너지, 유통 현장을 찾아갑니다."),
			new NewUser("harin", null, "최하린", "harin.choi@sinmun.example", Role.EDITOR,
					"국제, 문화, 스포츠 데스크입니다."));

	// Which of DemoPortraits' drawings is whose, in the order of REPORTERS.
	private static final int[] LOOKS = { 1, 0, 2 };

	// Sub-sections the demo paper shows, made before the articles in them.
	private static final List<SubSection> SUB_SECTIONS = List.of(new SubSection("finance", "금융·증권", "economy", 21),
			new SubSection("incidents", "사건사고", "society", 41), new SubSection("education", "교육", "society", 42));

	private record SubSection(String slug, String name, String parent, int position) {
	}

	// The 연재 the demo's opinion pieces run in (articles.txt names them by slug); a 독자기고 runs in none, so the
	// 오피니언 box shows both ways of naming a column.
	private static final List<DemoSeries> SERIES = List.of(
			new DemoSeries("editorial", "사설", "신문일보가 오늘의 문제에 대해 밝히는 입장입니다."),
			new DemoSeries("hanbit-column", "한빛 칼럼", "경제와 일의 변화를 한빛시 사람들의 자리에서 살펴보는 칼럼입니다."),
			new DemoSeries("notebook", "기자수첩", "취재 현장에서 기자가 보고 듣고 느낀 것을 적습니다."));

	private record DemoSeries(String slug, String name, String description) {
	}

	private final SinmunProperties properties;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final MediaLibrary media;

	private final Clock clock;

	private final Banners banners;

	private final SiteSettings publisher;

	private final SeriesCatalog series;

	DemoContent(SinmunProperties properties, Articles articles, Sections sections, People people, MediaLibrary media,
			Clock clock, Banners banners, SiteSettings publisher, SeriesCatalog series) {
		this.series = series;
		this.banners = banners;
		this.publisher = publisher;
		this.properties = properties;
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.media = media;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo()) {
			return;
		}
		if (articles.count() > 0) {
			// CASE: a paper whose demo was installed before the demo staff had portraits: theirs are added, and
			// nothing else is touched.
			portraitsOfEarlierDemoStaff();
			return;
		}
		List<Reporter> reporters = REPORTERS.stream().map(this::reporter).toList();
		for (int i = 0; i < reporters.size(); i++) {
			if (reporters.get(i).photo() == null) {
				portrait(reporters.get(i).id(), LOOKS[i]);
			}
		}
		subSections();
		Map<String, Integer> seriesBySlug = new HashMap<>();
		for (DemoSeries each : SERIES) {
			seriesBySlug.put(each.slug(), demoSeries(each));
		}
		List<DemoArticle> demo;
		try (InputStream input = new ClassPathResource("demo/articles.txt").getInputStream()) {
			demo = DemoFile.read(input);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = clock.instant();
		for (int i = 0; i < demo.size(); i++) {
			DemoArticle article = demo.get(i);
			Section section = sections.bySlug(article.section())
				.orElseThrow(() -> new IllegalStateException("데모 기사의 섹션이 없습니다: " + article.section()));
			Reporter reporter = reporters.get(article.reporter() - 1);
			ArticleDraft draft = new ArticleDraft(section.id(), reporter.id(), article.headline(),
					String.join("\n", article.deck()), body(article, i), article.tags(), ArticleStatus.PUBLISHED,
					now.minus(article.age()));
			if (article.series() == null) {
				articles.createDemo(draft);
			}
			else {
				Integer seriesId = seriesBySlug.get(article.series());
				if (seriesId == null) {
					throw new IllegalStateException("데모 기사의 연재가 없습니다: " + article.series());
				}
				articles.createDemo(draft, seriesId);
			}
		}
		houseAds(now);
		log.info("데모 콘텐츠 설치: 기자 {}명(사진 포함), 연재 {}개, 기사 {}건", reporters.size(), SERIES.size(), demo.size());
	}

	// The portrait of the demo staff's {@code person}-th member, stored as an upload is and set as their photo.
	private void portrait(long reporterId, int person) {
		StoredMedia stored = media.store(DemoPortraits.draw(person));
		StoredMedia.Rendition thumbnail = stored.renditions().isEmpty() ? null : stored.renditions().get(0);
		people.setPhoto(reporterId, thumbnail == null ? stored.url() : thumbnail.jpeg(),
				thumbnail == null ? stored.width() : thumbnail.width(),
				thumbnail == null ? stored.height() : thumbnail.height());
	}

	// Only the demo's own accounts (its user name and address both) that still have no photo: a portrait the
	// newsroom uploaded, or an account the paper made its own, stays as it is.
	private void portraitsOfEarlierDemoStaff() {
		for (int i = 0; i < REPORTERS.size(); i++) {
			NewUser template = REPORTERS.get(i);
			int person = LOOKS[i];
			people.userId(template.username())
				.flatMap(people::reporter)
				.filter(reporter -> reporter.photo() == null && template.email().equals(reporter.email()))
				.ifPresent(reporter -> portrait(reporter.id(), person));
		}
	}

	// CASE: a series at the address already (made by the desk) is used as it is.
	private int demoSeries(DemoSeries wanted) {
		return series.bySlug(wanted.slug())
			.map(Series::id)
			.orElseGet(() -> series.save(null, wanted.slug(), wanted.name(), wanted.description(), true).id());
	}

	// CASE: an administrator may already have used one of the addresses: that section is left as it is.
	private void subSections() {
		for (SubSection sub : SUB_SECTIONS) {
			if (sections.bySlug(sub.slug()).isEmpty()) {
				sections.bySlug(sub.parent())
					.ifPresent(parent -> sections.save(null, sub.slug(), sub.name(), sub.position(), true, parent.id()));
			}
		}
	}

	// The paper's own promotions, so the demo shows how slots are filled; booked campaigns take precedence.
	private void houseAds(Instant now) {
		String base = publisher.current().baseUrl();
		long admin = people.userId("admin").orElseGet(this::reporterIdFallback);
		String[][] ads = {
				// Nothing here may promise what the product lacks: the paper sells this space, and 회사소개 and the
				// footer say how to reach it.
				{ "광고 문의", "<p><strong>광고 문의</strong> 이 자리에 광고를 실을 수 있습니다. 연락처는 회사소개에 있습니다.</p>",
						"/page/about", "header,m-header" },
				{ "독자 제보", "<p><strong>기사 제보</strong> 독자 여러분이 본 일, 겪은 일을 알려 주세요. 기자가 확인합니다.</p>",
						"/page/tip", "right-top,m-right-top" } };
		for (String[] ad : ads) {
			Campaign campaign = banners.create(new CampaignDraft("신문일보", ad[0], "HTML",
					null, null, ad[1], false, base + ad[2], now.minus(java.time.Duration.ofDays(1)),
					now.plus(java.time.Duration.ofDays(3650)), 1, List.of(ad[3].split(",")), List.of(), null, true));
			banners.decide(campaign.id(), "APPROVED", admin);
		}
	}

	private long reporterIdFallback() {
		return people.reporterNamed(REPORTERS.get(0).displayName()).map(Reporter::id).orElseThrow();
	}

	private Reporter reporter(NewUser template) {
		return people.reporterNamed(template.displayName())
			.orElseGet(() -> people.create(new NewUser(template.username(), randomPassword(), template.displayName(),
					template.email(), template.role(), template.bio())));
	}

	private String body(DemoArticle article, int index) {
		StringBuilder html = new StringBuilder();
		boolean photoPlaced = article.photo() == null;
		int paragraphs = 0;
		String caption = article.blocks()
			.stream()
			.filter(block -> block.kind() == 'C')
			.map(DemoArticle.Block::text)
			.findFirst()
			.orElse("");
		for (DemoArticle.Block block : article.blocks()) {
			switch (block.kind()) {
				case 'P' -> {
					html.append("<p>").append(escape(block.text())).append("</p>");
					paragraphs++;
				}
				case 'Q' -> html.append("<blockquote><p>").append(escape(block.text())).append("</p></blockquote>");
				default -> {
				}
			}
			// The photo goes after the first paragraph, as Korean news pages usually place it.
			if (!photoPlaced && paragraphs == 1) {
				html.append(figure(article.photo(), caption, index));
				photoPlaced = true;
			}
		}
		return html.toString();
	}

	private String figure(String kind, String caption, int index) {
		StoredMedia photo = media.store(DemoPhotos.draw(kind, 7919L * (index + 1)));
		String[] parts = caption.split("\\|", 2);
		String text = parts[0].strip();
		String credit = parts.length > 1 ? parts[1].strip() : "그래픽=신문일보";
		return "<figure><img src=\"" + photo.url() + "\" alt=\"" + escape(text) + "\" width=\"" + photo.width()
				+ "\" height=\"" + photo.height() + "\"><figcaption>" + escape(text) + " <span class=\"credit\">"
				+ escape(credit) + "</span></figcaption></figure>";
	}

	private static String escape(String text) {
		return Entities.escape(text);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

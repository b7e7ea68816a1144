package kr.sinmun.site;

import java.util.List;

/**
 * An article as a reader sees it, in the order the page shows it: what the page is ({@code meta}), the
 * article's head (section, headline, deck, byline, times, share links), its body, the article's end (reporter
 * card, 관련기사, the section's latest) and the side column; and the series (연재) it is an episode of, or null.
 */
public record ArticlePageView(Chrome chrome, Meta meta, Head head, Body body, End end, Side side, Series series) {

	/**
	 * The series the article is in: its id (whose changes drop the page) and, when the series is active, what the
	 * page shows: "연재 ‹name› n회" by the section label and a box of the newest episodes, this one marked, with
	 * links to the episodes before and after it ({@code previous}, {@code next}: null at either end).
	 */
	public record Series(int id, boolean active, String name, String url, int number, List<Episode> episodes,
			Episode previous, Episode next) {
	}

	/** An episode in the series box. */
	public record Episode(int number, String headline, String url, String time, String isoTime, boolean current) {
	}

	/**
	 * What the page is: its id and addresses, the description and robots directive ({@code noindex} for demo
	 * content, else null) of its head, what link previews read, and the reporters whose card or byline it shows
	 * (their changes drop the page).
	 */
	public record Meta(long id, String url, String canonicalUrl, String description, String robots, SocialMeta social,
			List<Long> reporterIds) {
	}

	/**
	 * The article's head. {@code parentSection} is the section above the article's sub-section (shown as
	 * "경제 &gt; 금융"), null for an article in a top-level section; {@code deck} is the subheadline's lines;
	 * {@code times.updated} is null when never changed.
	 */
	public record Head(Chrome.Link parentSection, Chrome.Link section, String headline, List<String> deck, Byline byline, Times times,
			Share share) {
	}

	/** The byline: the reporter (whose e-mail may be null) and those who share it. */
	public record Byline(Chrome.Link reporter, String email, List<Chrome.Link> coReporters) {
	}

	/** 입력 and 수정 times, as shown and as ISO for {@code <time>}; the 수정 pair is null for an unchanged article. */
	public record Times(String published, String publishedIso, String updated, String updatedIso) {
	}

	/** Share links that work without scripts; copying and KakaoTalk are buttons. */
	public record Share(String facebook, String x) {
	}

	/**
	 * The article itself, sanitized when stored. When the body is long enough for the in-article banner,
	 * {@code html} holds the paragraphs before it and {@code afterAd} the rest; else {@code afterAd} is null.
	 */
	public record Body(List<Notice> notices, String html, String afterAd, List<String> tags, String copyrightLine) {
	}

	/** A 정정·반론·추후보도 notice as shown at the top of the article. */
	public record Notice(String label, String date, String dateIso, String body) {
	}

	/**
	 * Under the article: the reporter card (null when the reporter's account is gone), 관련기사 (pinned by the
	 * desk first, then found by the search module) and the section's latest articles.
	 */
	public record End(ReporterCard reporterCard, List<ListItem> related, Chrome.Link section,
			List<ListItem> sameSection) {
	}

	/**
	 * The reporter card: photo from the reporter's profile ({@code photo} null when none), name, e-mail (may be
	 * null), a link to their page, and their other latest articles.
	 */
	public record ReporterCard(String name, String email, String url, Photo photo, List<ListItem> otherArticles) {
	}

	/** A portrait with its size, so the page reserves its room and nothing moves when it arrives. */
	public record Photo(String url, int width, int height) {
	}

	/** The side column. */
	public record Side(List<ListItem> hotClick) {
	}

}

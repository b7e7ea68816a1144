package kr.sinmun.ranking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kr.sinmun.platform.KoreanDates;

import org.springframework.stereotype.Service;

/**
 * The newsroom's statistics of reading, from the counts {@link Ranking} writes. Each question reads a roll-up
 * kept by the same flush (the site per hour, each article per day in Seoul) or one article's own rows, so none
 * scans a year of article-hours. Days are days in Asia/Seoul; views still in memory (at most one flush
 * interval) are not included.
 */
@Service
public class Readership {

	private final ReadershipRepository repository;

	Readership(ReadershipRepository repository) {
		this.repository = repository;
	}

	/** Views of the whole site in each of the 24 hours of a day in Seoul, index 0 being 00시. */
	public long[] hourly(LocalDate day) {
		return repository.hourly(start(day), start(day.plusDays(1)));
	}

	/** Views of the whole site by referrer class, from the first hour of {@code from} to the end of {@code to}. */
	public Map<Referrer, Long> referrers(LocalDate from, LocalDate to) {
		Map<Referrer, Long> counts = new EnumMap<>(Referrer.class);
		for (Referrer referrer : Referrer.values()) {
			counts.put(referrer, 0L);
		}
		counts.putAll(repository.referrers(start(from), start(to.plusDays(1))));
		return counts;
	}

	/** The most read articles of the days {@code from}..{@code to}, in one section or all. */
	public List<ArticleReads> topArticles(LocalDate from, LocalDate to, Integer sectionId, int limit) {
		return repository.topArticles(from, to, sectionId, limit);
	}

	/** Per main reporter: articles published in the days and views in the days (of any of their articles). */
	public List<Tally> byReporter(LocalDate from, LocalDate to) {
		return repository.tallies("reporter_id", from, to, start(from), start(to.plusDays(1)));
	}

	/** Per section: articles published in the days and views in the days. */
	public List<Tally> bySection(LocalDate from, LocalDate to) {
		return repository.tallies("section_id", from, to, start(from), start(to.plusDays(1)));
	}

	/** One article's views per hour and referrer class, from {@code from} (inclusive) to {@code to} (exclusive). */
	public List<HourViews> articleHours(long articleId, Instant from, Instant to) {
		return repository.articleHours(articleId, from, to);
	}

	/** All of one article's stored views. */
	public long articleTotal(long articleId) {
		return repository.articleTotal(articleId);
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(KoreanDates.SEOUL).toInstant();
	}

	/** An article and its views in the period asked. */
	public record ArticleReads(long articleId, String headline, int sectionId, long reporterId, Instant publishedAt,
			long views) {
	}

	/** A reporter's or section's id, the articles published and the views counted in the period. */
	public record Tally(long id, long published, long views) {
	}

	/** Views of one hour from one class of referrer. */
	public record HourViews(Instant hour, Referrer referrer, long views) {
	}

}

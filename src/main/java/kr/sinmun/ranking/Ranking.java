package kr.sinmun.ranking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.article.ArticleAppeared;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleSummary;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.article.Articles;
import kr.sinmun.platform.Crawlers;
import kr.sinmun.platform.KoreanDates;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts article views and keeps the most-read list.
 * <p>
 * A view costs a map increment: counts are buffered in memory and written in one batch every
 * {@code flushInterval}, so a crash loses at most that much counting. Not counted: crawlers, a client's repeat
 * views of the same article within {@code dedupe}, and views of one article from one address (an IPv6 /64)
 * beyond {@code viewsPerAddress} per {@code addressWindow}, so that one machine rotating its User-Agent cannot
 * push an article up the list. The list readers see is recomputed in the background and read from memory.
 */
@Service
public class Ranking implements SmartLifecycle {

	/** How many articles the HOT클릭 box shows, and the home page's weekly list. */
	public static final int HOT_CLICK_SIZE = 7;

	/** How many articles a section page's weekly most-read list shows at most. */
	public static final int SECTION_SIZE = 5;

	/** The days the weekly lists add up: today in Seoul and the six before it. */
	static final int WEEK_DAYS = 7;

	private static final Logger log = LoggerFactory.getLogger(Ranking.class);

	private final ViewRepository views;

	private final Articles articles;

	private final RankingProperties properties;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final Cache<String, Boolean> recentViews;

	// Views counted per address and article in the current window. The window starts with the first view:
	// incrementing the count in place is not a write, so it does not move the expiry.
	private final Cache<AddressView, AtomicInteger> viewsByAddress;

	private volatile ConcurrentHashMap<ViewRepository.ViewKey, LongAdder> pending = new ConcurrentHashMap<>();

	private volatile List<ArticleSummary> hotClick = List.of();

	private volatile List<ArticleSummary> weekly = List.of();

	// Bounded by the number of sections times SECTION_SIZE; replaced whole on each refresh.
	private volatile Map<Integer, List<ArticleSummary>> weeklyBySection = Map.of();

	private volatile boolean running;

	Ranking(ViewRepository views, Articles articles, RankingProperties properties, TaskScheduler scheduler, Clock clock) {
		this.views = views;
		this.articles = articles;
		this.properties = properties;
		this.scheduler = scheduler;
		this.clock = clock;
		this.recentViews = Caffeine.newBuilder()
			.expireAfterWrite(properties.dedupe())
			.maximumSize(properties.maxTrackedClients())
			.build();
		this.viewsByAddress = Caffeine.newBuilder()
			.expireAfterWrite(properties.addressWindow())
			.maximumSize(properties.maxTrackedClients())
			.build();
	}

	/**
	 * Records that a client opened an article. The client is known by its address and User-Agent, hashed, and
	 * kept in memory for the dedupe and address windows only.
	 * @param address the reader's IP address (behind a trusted proxy, the forwarded one)
	 * @return whether the view counted
	 */
	public boolean recordView(long articleId, String address, String userAgent) {
		return recordView(articleId, address, userAgent, null, null);
	}

	/**
	 * Records that a client opened an article, and where it came from. Of the Referer only its class is kept
	 * ({@link Referrer}): the address it names is read for its host and dropped.
	 * @param referer the Referer header, or {@code null}
	 * @param siteHost the host the request was made to, so links between the paper's own pages are told apart
	 * @return whether the view counted
	 */
	public boolean recordView(long articleId, String address, String userAgent, String referer, String siteHost) {
		if (Crawlers.isCrawler(userAgent)) {
			return false;
		}
		if (recentViews.asMap().putIfAbsent(Readers.client(address, userAgent) + ':' + articleId, Boolean.TRUE) != null) {
			return false;
		}
		AtomicInteger fromAddress = viewsByAddress.get(new AddressView(Readers.network(address), articleId),
				key -> new AtomicInteger());
		if (fromAddress.incrementAndGet() > properties.viewsPerAddress()) {
			return false;
		}
		pending.computeIfAbsent(new ViewRepository.ViewKey(articleId, ReferrerClasses.classify(referer, siteHost)),
				key -> new LongAdder()).increment();
		return true;
	}

	private record AddressView(String network, long articleId) {
	}

	/** The most-read visible articles of the window, filled up with the newest when fewer were read. */
	public List<ArticleSummary> hotClick() {
		return hotClick;
	}

	/**
	 * The most-read visible articles of the last seven days (today in Seoul and the six before), from the daily
	 * roll-up, filled up with the newest when fewer were read, as {@link #hotClick()} is.
	 */
	public List<ArticleSummary> weekly() {
		return weekly;
	}

	/**
	 * A section's most-read visible articles of the last seven days, at most {@link #SECTION_SIZE}: only articles
	 * that were read (a section page lists its newest already), so possibly fewer, or none.
	 */
	public List<ArticleSummary> weeklyInSection(int sectionId) {
		return weeklyBySection.getOrDefault(sectionId, List.of());
	}

	/** Writes buffered counts. Runs on a timer and at shutdown. */
	public synchronized void flush() {
		ConcurrentHashMap<ViewRepository.ViewKey, LongAdder> batch = pending;
		if (batch.isEmpty()) {
			return;
		}
		pending = new ConcurrentHashMap<>();
		Map<ViewRepository.ViewKey, Long> counts = new HashMap<>();
		batch.forEach((id, adder) -> counts.put(id, adder.sum()));
		try {
			views.add(clock.instant().truncatedTo(ChronoUnit.HOURS), counts);
		}
		catch (RuntimeException ex) {
			// CASE: the database is briefly unreachable; put the counts back so the next flush writes them.
			counts.forEach((id, count) -> pending.computeIfAbsent(id, key -> new LongAdder()).add(count));
			log.warn("조회 수 기록 실패, 다음 주기에 다시 시도합니다: {}", ex.getMessage());
		}
	}

	/** Recomputes the most-read list from the stored counts. */
	public void refresh() {
		Instant since = clock.instant().minus(properties.window()).truncatedTo(ChronoUnit.HOURS);
		// Ask for more than we show: some of the most viewed may have been withdrawn since.
		List<ArticleSummary> top = new ArrayList<>(articles.visible(views.mostViewedSince(since, HOT_CLICK_SIZE * 3)));
		if (top.size() > HOT_CLICK_SIZE) {
			top = new ArrayList<>(top.subList(0, HOT_CLICK_SIZE));
		}
		if (top.size() < HOT_CLICK_SIZE) {
			Set<Long> shown = new LinkedHashSet<>(top.stream().map(ArticleSummary::id).toList());
			for (ArticleSummary newest : articles.latest(HOT_CLICK_SIZE * 2)) {
				if (top.size() == HOT_CLICK_SIZE) {
					break;
				}
				if (shown.add(newest.id())) {
					top.add(newest);
				}
			}
		}
		hotClick = List.copyOf(top);
		refreshWeekly();
	}

	// The weekly lists read the daily roll-up: at most seven rows per article read this week, whatever the traffic.
	private void refreshWeekly() {
		LocalDate from = LocalDate.ofInstant(clock.instant(), KoreanDates.SEOUL).minusDays(WEEK_DAYS - 1);
		weekly = filled(articles.visible(views.mostViewedFrom(from, HOT_CLICK_SIZE * 3)), HOT_CLICK_SIZE);
		// Asked for three times what is shown, so withdrawn articles can drop out and the list stay full.
		Map<Integer, List<Long>> candidates = views.mostViewedPerSectionFrom(from, SECTION_SIZE * 3);
		List<Long> ids = candidates.values().stream().flatMap(List::stream).toList();
		Map<Long, ArticleSummary> visible = new HashMap<>();
		// One query for every section's candidates, not one per section.
		articles.visible(ids).forEach(article -> visible.put(article.id(), article));
		Map<Integer, List<ArticleSummary>> bySection = new HashMap<>();
		candidates.forEach((section, ranked) -> {
			List<ArticleSummary> shown = ranked.stream()
				.map(visible::get)
				.filter(java.util.Objects::nonNull)
				// CASE: an article moved to another section this week counts where it stands now.
				.filter(article -> article.sectionId() == section)
				.limit(SECTION_SIZE)
				.toList();
			if (!shown.isEmpty()) {
				bySection.put(section, shown);
			}
		});
		weeklyBySection = Map.copyOf(bySection);
	}

	// The most read first, then the newest visible articles not already in the list, up to size.
	private List<ArticleSummary> filled(List<ArticleSummary> mostRead, int size) {
		List<ArticleSummary> top = new ArrayList<>(mostRead.subList(0, Math.min(size, mostRead.size())));
		if (top.size() < size) {
			Set<Long> shown = new LinkedHashSet<>(top.stream().map(ArticleSummary::id).toList());
			for (ArticleSummary newest : articles.latest(size * 2)) {
				if (top.size() == size) {
					break;
				}
				if (shown.add(newest.id())) {
					top.add(newest);
				}
			}
		}
		return List.copyOf(top);
	}

	/** Total stored views of an article (buffered views not yet included). */
	public long storedViews(long articleId) {
		return views.viewsOf(articleId);
	}

	/** Total stored views of several articles in one query; articles never viewed are left out. */
	public java.util.Map<Long, Long> storedViews(java.util.Collection<Long> articleIds) {
		return views.viewsOf(articleIds);
	}

	// Whichever node made the change (this one after commit, another through the change feed): runs before
	// the page cache drops pages, so re-rendered pages show the new list.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		refresh();
	}

	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleUnpublished event) {
		refresh();
	}

	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleAppeared event) {
		refresh();
	}

	@Override
	public void start() {
		running = true;
		refresh();
		scheduler.scheduleWithFixedDelay(this::flushQuietly, properties.flushInterval());
		scheduler.scheduleWithFixedDelay(this::refreshQuietly, properties.refreshInterval());
	}

	@Override
	public void stop() {
		running = false;
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void flushQuietly() {
		if (running) {
			flush();
		}
	}

	private void refreshQuietly() {
		if (!running) {
			return;
		}
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("인기 기사 목록 갱신 실패: {}", ex.getMessage());
		}
	}

}

package kr.sinmun.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 속보: the desk marks a published article as breaking news until a time, and every reader page shows it in a
 * bar until then. Pages are rendered from what this keeps in memory, so the bar costs no query.
 * <p>
 * Every change is a {@link BreakingNewsChanged} published inside its transaction: each node re-reads the bar
 * and the page cache drops every page, here after commit and on other nodes when the change feed brings it.
 * The end is announced the same way, once for the installation, by whichever node claims the mark when its
 * time comes (as {@link ScheduledPublications} does for 예약), so a restart announces nothing twice and an end
 * that came while every node was down is announced by the first node up. A page rendered in between never
 * shows an ended mark: {@link #current()} looks at the clock.
 */
@Component
public class BreakingNews implements SmartLifecycle {

	/** The longest a mark may run: a bar that stays for days is no longer news. */
	public static final Duration LONGEST = Duration.ofHours(24);

	private static final int BATCH = 100;

	private final ArticleEndRepository repository;

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile List<BreakingArticle> running = List.of();

	private volatile boolean started;

	BreakingNews(ArticleEndRepository repository, ArticleRepository articles, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.articles = articles;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The marks readers see now, newest first; the bar shows the first. */
	public List<BreakingArticle> current() {
		Instant now = clock.instant();
		List<BreakingArticle> all = running;
		return all.stream().allMatch(mark -> mark.until().isAfter(now)) ? all
				: all.stream().filter(mark -> mark.until().isAfter(now)).toList();
	}

	/** When the article's mark ends, if it has one running. */
	public Optional<Instant> until(long articleId) {
		return repository.breakingUntil(articleId, clock.instant());
	}

	/**
	 * Marks a published article 속보 until {@code until} (a new mark replaces the old one). Who may is
	 * {@link ArticleWorkflow#mayMarkBreaking}, which the caller asks first.
	 * @throws InvalidArticleException when the article is not visible to readers or the time is not within
	 * {@link #LONGEST} from now ({@code breakingUntil})
	 */
	@Transactional
	public void mark(long articleId, Instant until, long actorId) {
		ArticleDetail article = articles.find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
		Instant now = clock.instant();
		String problem = null;
		if (!article.visibleAt(now)) {
			problem = "독자에게 보이는 출고 기사만 속보로 걸 수 있습니다. 먼저 출고하십시오.";
		}
		else if (until == null) {
			problem = "속보를 내릴 시각을 '2026-12-01 09:00'처럼 넣으십시오.";
		}
		else if (!until.isAfter(now)) {
			problem = "속보를 내릴 시각은 지금 이후여야 합니다.";
		}
		else if (until.isAfter(now.plus(LONGEST))) {
			problem = "속보는 24시간 안에서만 걸 수 있습니다.";
		}
		if (problem != null) {
			throw new InvalidArticleException(Map.of("breakingUntil", problem));
		}
		repository.mark(articleId, until, actorId, now);
		events.publishEvent(new BreakingNewsChanged(articleId));
	}

	/** Lifts the mark at once; nothing happens when there is none. */
	@Transactional
	public void unmark(long articleId) {
		if (repository.unmark(articleId)) {
			events.publishEvent(new BreakingNewsChanged(articleId));
		}
	}

	// CASE: an article leaving readers' view (출고 취소, deletion) takes its mark with it, in the same transaction.
	void left(long articleId) {
		unmark(articleId);
	}

	/** Announces the marks whose time has come, each once for the installation. */
	@Scheduled(fixedDelayString = "${sinmun.schedule-check:1s}", initialDelayString = "${sinmun.schedule-check:1s}")
	void announceEnded() {
		List<Long> claimed;
		do {
			claimed = transactions.execute(status -> {
				List<Long> ended = repository.claimEnded(clock.instant(), BATCH);
				ended.forEach(id -> events.publishEvent(new BreakingNewsChanged(id)));
				return ended;
			});
		}
		while (claimed != null && claimed.size() == BATCH);
	}

	// First, before the page cache drops every page, so the pages rendered next show the new bar.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(BreakingNewsChanged event) {
		reload();
	}

	// A headline can change while the mark runs, and the bar shows it.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		if (running.stream().anyMatch(mark -> mark.articleId() == event.articleId())) {
			reload();
		}
	}

	// CASE: a change this node missed (it was cut off from the feed longer than the feed keeps entries).
	@Scheduled(fixedDelayString = "${sinmun.settings.reload:30s}", initialDelayString = "${sinmun.settings.reload:30s}")
	void reconcile() {
		reload();
	}

	void reload() {
		running = List.copyOf(repository.running(clock.instant()));
	}

	@Override
	public void start() {
		reload();
		started = true;
	}

	@Override
	public void stop() {
		started = false;
	}

	@Override
	public boolean isRunning() {
		return started;
	}

}

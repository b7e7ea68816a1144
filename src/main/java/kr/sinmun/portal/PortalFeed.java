package kr.sinmun.portal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jsoup.Jsoup;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.settings.SiteSettings;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portals' copy of the paper. Article events are written to the outbox inside the transaction that
 * changed the article; a scheduled sender on every node delivers due rows in order, with backoff (30 s
 * doubling to an hour) and up to {@code maxAttempts} tries. A sender claims one row at a time with a lease
 * that it commits before calling the portal: no transaction and no connection waits on a portal, and a row
 * whose sender died is taken over when the lease runs out. What the portal may already hold is recorded
 * before each creation, so a repeated delivery is an update and never a second copy of the article.
 */
@Service
public class PortalFeed {

	private static final Logger log = LoggerFactory.getLogger(PortalFeed.class);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private static final Duration LONGEST_RETRY = Duration.ofHours(1);

	// Rows one run sends at most, so a long queue does not keep one scheduler thread for ever.
	private static final int BATCH = 20;

	private final OutboxRepository outbox;

	private final KakaoProperties properties;

	private final KakaoNewsClient kakao;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final SiteSettings publisher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	// Who holds a claim, for the table and the logs: host, process and this application instance.
	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	// A delivery makes at most two calls (an update, then a creation when the portal has lost the article),
	// each bounded by the timeout for connecting and again for answering; the lease outlasts all of that.
	private final Duration lease;

	// Between the portal's answer and recording it: where a crash hurts most. Tests abort the sender here.
	volatile Consumer<Delivery> afterCall = delivery -> {
	};

	PortalFeed(OutboxRepository outbox, KakaoProperties properties, Articles articles, Sections sections,
			People people, SiteSettings publisher, TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.kakao = new KakaoNewsClient(properties);
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.publisher = publisher;
		this.transactions = transactions;
		this.clock = clock;
		this.lease = properties.timeout().multipliedBy(4).plusSeconds(10);
	}

	/** Whether a portal is configured at all. */
	public boolean enabled() {
		return properties.configured();
	}

	// Inside the article's transaction, just before it commits: the outbox row commits or rolls back with the
	// change. Only on the node that made the change: another node's change reaches this node through the change
	// feed outside any transaction, and must not be queued twice.
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ArticlePublished event) {
		if (!enabled()) {
			return;
		}
		Optional<ArticleDetail> article = articles.find(event.articleId());
		// CASE: demo articles never leave the installation; a first start with a portal set up sends nothing.
		if (article.map(ArticleDetail::demo).orElse(false)) {
			return;
		}
		Instant now = clock.instant();
		Instant due = article.map(ArticleDetail::publishedAt).filter(at -> at.isAfter(now)).orElse(now);
		enqueue(event.articleId(), "UPSERT", article.map(PortalFeed::state).orElse(null), due, false);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ArticleUnpublished event) {
		// CASE: nothing was ever queued for it (demo content, or an article from before the portal was set up):
		// the portal has nothing to remove. Checked on the outbox, since a deleted article is gone already.
		if (!enabled() || outbox.latest(event.articleId()).isEmpty()) {
			return;
		}
		// CASE: a section move also unpublishes from the old section; the article itself is still public.
		boolean stillPublic = articles.find(event.articleId()).map(article -> article.visibleAt(clock.instant())).orElse(false);
		if (!stillPublic) {
			enqueue(event.articleId(), "DELETE", null, clock.instant(), false);
		}
	}

	// What the portal is sent for an article changes with its text (the version) or its time; a repeated
	// announcement of the same state queues nothing.
	private static String state(ArticleDetail article) {
		return article.version() + "@" + (article.publishedAt() == null ? "" : article.publishedAt().toEpochMilli());
	}

	// Joins the caller's transaction; an announcement made outside one (the scheduled-publication check) gets
	// its own, so the article's lock is held from the check to the insert.
	private void enqueue(long articleId, String action, String state, Instant due, boolean force) {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> outbox.enqueue(KakaoNewsClient.PORTAL, articleId, action, state,
				due, now, force));
	}

	/** Sends what is due, one claimed row at a time. Runs on every node; claims make each row go out once. */
	@Scheduled(fixedDelayString = "${sinmun.portal.interval:2s}", initialDelayString = "${sinmun.portal.interval:2s}")
	public void deliver() {
		if (!enabled()) {
			return;
		}
		for (int i = 0; i < BATCH; i++) {
			Instant now = clock.instant();
			Optional<Delivery> due = outbox.claimNext(node, now, now.plus(lease));
			if (due.isEmpty()) {
				return;
			}
			deliver(due.get());
		}
	}

	// No transaction here: each statement commits by itself, and the portal is called between them.
	private void deliver(Delivery due) {
		Instant now = clock.instant();
		Optional<ArticleDetail> article = articles.find(due.articleId());
		String error;
		if (due.action().equals("DELETE") || article.isEmpty() || !article.get().visibleAt(now)) {
			error = kakao.delete(due.articleId());
			afterCall.accept(due);
			if (error == null) {
				outbox.released(due.portal(), due.articleId());
			}
		}
		else {
			boolean mayHold = outbox.mayHold(due.portal(), due.articleId());
			if (!mayHold) {
				// Committed before the creation leaves: if its answer is lost, or this node dies before
				// recording it, the next try is an update, not a second copy of the article.
				outbox.mayHoldFrom(due.portal(), due.articleId(), now);
			}
			error = kakao.upsert(article.get(), context(article.get()), mayHold);
			afterCall.accept(due);
		}
		if (error == null) {
			if (!outbox.sent(due.outboxId(), node, clock.instant())) {
				log.warn("포털 전송(기사 {})을 기록하기 전에 다른 노드가 이어받았습니다.", due.articleId());
			}
			return;
		}
		int attempts = due.attempts() + 1;
		boolean giveUp = attempts >= properties.maxAttempts();
		long factor = 1L << Math.min(20, attempts - 1);
		Duration wait = FIRST_RETRY.multipliedBy(factor);
		outbox.failed(due.outboxId(), node, error, now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait),
				giveUp);
		log.warn("포털 전송 실패(기사 {}, {}회째): {}", due.articleId(), attempts, error);
	}

	private KakaoNewsClient.Context context(ArticleDetail article) {
		String base = publisher.current().baseUrl();
		Optional<Reporter> reporter = people.reporter(article.reporterId());
		List<String> images = Jsoup.parseBodyFragment(article.bodyHtml())
			.select("img[src]")
			.stream()
			.map(img -> img.attr("src"))
			.map(src -> src.startsWith("/") ? base + src : src)
			.toList();
		return new KakaoNewsClient.Context(base + article.url(),
				sections.byId(article.sectionId()).map(Section::name).orElse(""),
				reporter.map(Reporter::name).orElse(""), reporter.map(Reporter::email).orElse(null),
				publisher.current().name(), images);
	}

	/** The newest delivery per portal of one article. */
	public List<Delivery> deliveries(long articleId) {
		return outbox.latest(articleId);
	}

	/** Recent deliveries, failures first, for the newsroom's list. */
	public List<Delivery> recent(int limit) {
		return outbox.recent(limit);
	}

	/** Queues the article's current state again, due now: the desk's 다시 보내기. */
	public void resend(long articleId) {
		if (!enabled()) {
			return;
		}
		Instant now = clock.instant();
		Optional<ArticleDetail> article = articles.find(articleId);
		if (article.map(ArticleDetail::demo).orElse(false)) {
			return;
		}
		boolean visible = article.map(found -> found.visibleAt(now)).orElse(false);
		enqueue(articleId, visible ? "UPSERT" : "DELETE", visible ? state(article.get()) : null, now, true);
	}

}

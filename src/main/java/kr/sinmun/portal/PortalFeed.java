package kr.sinmun.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jsoup.Jsoup;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.publisher.PublisherSettings;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portals' copy of the paper. Article events are written to the outbox inside the transaction that
 * changed the article; a scheduled sender delivers due rows in order, with backoff (30 s doubling to an hour)
 * and up to {@code maxAttempts} tries, holding row locks so each row is sent by one node only.
 */
@Service
public class PortalFeed {

	private static final Logger log = LoggerFactory.getLogger(PortalFeed.class);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	private static final Duration LONGEST_RETRY = Duration.ofHours(1);

	private final OutboxRepository outbox;

	private final KakaoProperties properties;

	private final KakaoNewsClient kakao;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final PublisherSettings publisher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PortalFeed(OutboxRepository outbox, KakaoProperties properties, Articles articles, Sections sections,
			People people, PublisherSettings publisher, TransactionTemplate transactions, Clock clock) {
		this.outbox = outbox;
		this.properties = properties;
		this.kakao = new KakaoNewsClient(properties);
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.publisher = publisher;
		this.transactions = transactions;
		this.clock = clock;
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
		outbox.enqueue(KakaoNewsClient.PORTAL, event.articleId(), "UPSERT", due, now);
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
			outbox.enqueue(KakaoNewsClient.PORTAL, event.articleId(), "DELETE", clock.instant(), clock.instant());
		}
	}

	/** Sends what is due. Runs on every node; row locks make each row go out once. */
	@Scheduled(fixedDelayString = "${sinmun.portal.interval:2s}", initialDelayString = "${sinmun.portal.interval:2s}")
	public void deliver() {
		if (!enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			for (Delivery due : outbox.claimDue(clock.instant(), 20)) {
				deliver(due);
			}
		});
	}

	private void deliver(Delivery due) {
		Instant now = clock.instant();
		Optional<ArticleDetail> article = articles.find(due.articleId());
		String error;
		if (due.action().equals("DELETE") || article.isEmpty() || !article.get().visibleAt(now)) {
			error = kakao.delete(due.articleId());
		}
		else {
			error = kakao.upsert(article.get(), context(article.get()), outbox.delivered(due.portal(), due.articleId()));
		}
		if (error == null) {
			outbox.sent(due.outboxId(), clock.instant());
			return;
		}
		int attempts = due.attempts() + 1;
		boolean giveUp = attempts >= properties.maxAttempts();
		long factor = 1L << Math.min(20, attempts - 1);
		Duration wait = FIRST_RETRY.multipliedBy(factor);
		outbox.failed(due.outboxId(), error, now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait), giveUp);
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
		transactions.executeWithoutResult(status -> outbox.enqueue(KakaoNewsClient.PORTAL, articleId,
				visible ? "UPSERT" : "DELETE", now, now));
	}

}

package kr.sinmun.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The change feed between nodes.
 * <p>
 * <b>Writing.</b> An event other nodes must apply ({@link SharedEvents}) that is published inside a
 * transaction is appended to {@code change_log} just before that transaction commits, with the transaction's
 * id: one change, one entry, and none for a change that rolls back. An event published outside any
 * transaction is this node's own business (a replay, or a repair found by a reconciliation) and is not
 * written.
 * <p>
 * <b>Reading.</b> Entries are read in (transaction id, id) order after this node's position, and applied
 * only once the transaction that wrote them is older than every transaction still running (the snapshot's
 * xmin): below that mark nothing can appear any more, so the feed never skips an entry, whatever order
 * transactions commit in. An entry above the mark is looked at again within milliseconds. Other nodes'
 * entries are published here as the same event type, outside any transaction, so each module's listener
 * applies them as it applies its own node's changes after commit.
 * <p>
 * <b>Starting.</b> The position is taken before any module reads what it keeps in memory (this starts in an
 * early phase, and modules that read earlier read again once running): every change older than the position
 * is in the tables, every later one is in the feed.
 */
@Component
class ChangeFeed implements SmartLifecycle {

	static final String CHANNEL = "sinmun_changes";

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	private static final int BATCH = 500;

	private static final Duration FIRST_RETRY = Duration.ofMillis(10);

	// How long an entry may wait for an older transaction before the wait is logged with that transaction.
	private static final Duration LONG_WAIT = Duration.ofSeconds(30);

	private final ChangeRepository repository;

	private final SharedEvents shared = new SharedEvents();

	private final ApplicationEventPublisher events;

	private final ClusterProperties properties;

	private final ChangeListener listener;

	private final String node = UUID.randomUUID().toString();

	private final Counter replayed;

	private final AtomicLong waitingMillis = new AtomicLong();

	private volatile ChangeRepository.Position position;

	private Duration retry = FIRST_RETRY;

	private boolean longWaitLogged;

	private volatile boolean running;

	ChangeFeed(ChangeRepository repository, ApplicationEventPublisher events, ClusterProperties properties,
			DataSource dataSource, MeterRegistry meters) {
		this.repository = repository;
		this.events = events;
		this.properties = properties;
		this.listener = new ChangeListener(dataSource, CHANNEL, properties.check(), properties.timeout(), this::catchUp);
		this.replayed = meters.counter("sinmun.cluster.feed.replayed");
		Gauge.builder("sinmun.cluster.feed.waiting", waitingMillis, millis -> millis.get() / 1000.0)
			.description("How long the oldest entry not yet applied has waited for an older transaction, in seconds")
			.baseUnit("seconds")
			.register(meters);
		Gauge.builder("sinmun.cluster.listener.connected", listener, l -> l.connected() ? 1 : 0).register(meters);
		Gauge.builder("sinmun.cluster.listener.outages", listener, ChangeListener::outages).register(meters);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void record(Object event) {
		Optional<String> name = shared.nameOf(event);
		if (name.isPresent()) {
			repository.append(name.get(), shared.write(event), node);
		}
	}

	/**
	 * Applies what other nodes changed since the last look; returns how long to wait before looking again
	 * unprompted: at once while a full batch came back, within milliseconds while entries wait for an older
	 * transaction, else the poll interval.
	 */
	synchronized Duration catchUp() {
		ChangeRepository.Position from = position;
		if (from == null) {
			return properties.poll();
		}
		List<ChangeRepository.Entry> entries;
		try {
			entries = repository.after(from, BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("변경 피드를 읽지 못했습니다. 잠시 뒤 다시 읽습니다: {}", ex.toString());
			return properties.poll();
		}
		ChangeRepository.Entry waiting = null;
		for (ChangeRepository.Entry entry : entries) {
			if (!entry.safe()) {
				waiting = entry;
				break;
			}
			if (!entry.origin().equals(node)) {
				apply(entry);
			}
			position = entry.position();
		}
		if (waiting != null) {
			noteWaiting(waiting);
			Duration next = retry;
			retry = retry.multipliedBy(2).compareTo(properties.poll()) > 0 ? properties.poll() : retry.multipliedBy(2);
			return next;
		}
		waitingMillis.set(0);
		longWaitLogged = false;
		retry = FIRST_RETRY;
		return entries.size() == BATCH ? Duration.ZERO : properties.poll();
	}

	private void apply(ChangeRepository.Entry entry) {
		try {
			Optional<Object> event = shared.read(entry.event(), entry.payload());
			if (event.isEmpty()) {
				log.warn("모르는 변경 종류라 건너뜁니다 (더 새 버전의 노드가 쓴 것): {} #{}", entry.event(), entry.id());
				return;
			}
			events.publishEvent(event.get());
			replayed.increment();
		}
		catch (RuntimeException ex) {
			// CASE: one listener failed (the database blinked while it re-read): the others still apply the
			// entry, and the periodic reconciliation repairs what this one missed.
			log.warn("다른 노드의 변경을 반영하지 못했습니다 ({} #{}): {}", entry.event(), entry.id(), ex.toString());
		}
	}

	private void noteWaiting(ChangeRepository.Entry entry) {
		Duration waited = Duration.ofMillis(entry.ageMillis());
		waitingMillis.set(Math.max(0, waited.toMillis()));
		if (waited.compareTo(LONG_WAIT) > 0 && !longWaitLogged) {
			longWaitLogged = true;
			String blocker;
			try {
				blocker = repository.oldestWriter()
					.map(b -> "pid " + b.pid() + ", " + b.state() + ", 시작 " + b.started())
					.orElse("알 수 없음");
			}
			catch (RuntimeException ex) {
				blocker = "알 수 없음: " + ex.getMessage();
			}
			log.warn("변경 피드가 {}초째 더 오래된 트랜잭션이 끝나기를 기다립니다 ({}). 오래 열린 트랜잭션을 확인하세요.",
					waited.toSeconds(), blocker);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void prune() {
		repository.prune(properties.retention());
	}

	/** This node's name in {@code change_log.origin}. */
	String node() {
		return node;
	}

	@Override
	public void start() {
		position = repository.start();
		running = true;
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		listener.stop();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	// Before every module that reads the database into memory or into the search index, so none of them
	// reads anything older than the position.
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 4096;
	}

	boolean listening() {
		return listener.connected();
	}

}

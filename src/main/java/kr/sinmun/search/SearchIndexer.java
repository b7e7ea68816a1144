package kr.sinmun.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import kr.sinmun.article.ArticleAppeared;
import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.article.ArticleVersion;
import kr.sinmun.article.Articles;
import kr.sinmun.people.People;
import kr.sinmun.people.Reporter;
import kr.sinmun.platform.DataDirectory;
import kr.sinmun.section.Section;
import kr.sinmun.section.Sections;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index equal to the visible articles.
 * <ul>
 * <li>Article events are applied on one background thread, never on the request that published, in groups:
 * whatever queued while the last group was applied goes in the next, with one searcher reopen. Searches see a
 * change as soon as it is applied (near-real-time readers); it is committed every few seconds.</li>
 * <li>At startup the index is opened and reconciled with the database in the background; a missing or corrupt
 * index is rebuilt.</li>
 * <li>A rebuild (startup, dictionary change, administrator) writes a new generation beside the live one, which
 * keeps answering searches, then swaps it in and replays what changed meanwhile. Where generations live on
 * disk is {@link IndexDirectory}'s business.</li>
 * </ul>
 */
@Component
class SearchIndexer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final IndexDirectory generations;

	private final Articles articles;

	private final Sections sections;

	private final People people;

	private final SearchDictionary dictionary;

	private final SearchProperties properties;

	private final TaskScheduler scheduler;

	private volatile ExecutorService writes;

	private volatile ExecutorService rebuilds;

	private final AtomicBoolean rebuilding = new AtomicBoolean();

	// A rebuild asked for while one runs (a second dictionary edit) must still happen, after the first.
	private final AtomicBoolean rebuildAgain = new AtomicBoolean();

	private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();

	// Articles whose index entry waits for the writer, with when each was first queued.
	private final Map<Long, Long> pending = new ConcurrentHashMap<>();

	private final Timer visibleAfter;

	private final Object swap = new Object();

	private volatile IndexGeneration live;

	private volatile boolean dirty;

	private volatile boolean running;

	private volatile boolean reconciled;

	private final Counter repairs;

	private final RelatedArticles related;

	SearchIndexer(DataDirectory data, Articles articles, Sections sections, People people, SearchDictionary dictionary,
			SearchProperties properties, TaskScheduler scheduler, RelatedArticles related,
			MeterRegistry meters) {
		this.related = related;
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "search");
		this.visibleAfter = Timer.builder("sinmun.search.index.delay")
			.description("From a change reaching this node to searches showing it")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.generations = new IndexDirectory(data.index());
		this.articles = articles;
		this.sections = sections;
		this.people = people;
		this.dictionary = dictionary;
		this.properties = properties;
		this.scheduler = scheduler;
	}

	IndexGeneration live() {
		return live;
	}

	boolean isRebuilding() {
		return rebuilding.get();
	}

	@Override
	public void start() {
		writes = Executors.newSingleThreadExecutor(named("search-indexer"));
		rebuilds = Executors.newSingleThreadExecutor(named("search-rebuild"));
		live = null;
		KoreanAnalyzers analyzers = new KoreanAnalyzers(dictionary.userDictionary());
		Optional<Path> current = generations.current();
		boolean needsRebuild = current.isEmpty();
		if (current.isPresent()) {
			try {
				live = IndexGeneration.open(current.get(), analyzers, false);
				if (!live.hasCurrentLayout()) {
					// CASE: written by an earlier version that laid articles out differently: it keeps answering
					// what it can while the new layout is built aside.
					log.info("검색 색인 형식이 바뀌어 새로 만듭니다 ({})", current.get());
					needsRebuild = true;
				}
			}
			catch (IOException | RuntimeException ex) {
				// CASE: the index was damaged (disk full, crash during a merge): serve an empty index and
				// rebuild from the database aside, rather than refusing to start.
				log.warn("검색 색인을 열 수 없어 다시 만듭니다 ({}): {}", current.get(), ex.toString());
				needsRebuild = true;
			}
		}
		if (live == null) {
			live = generations.create(analyzers);
			generations.makeCurrent(live.path);
		}
		// Generations a crash left behind in the middle of a rebuild, or a damaged one replaced above.
		generations.removeAllBut(Set.of(live.path));
		running = true;
		reconciled = false;
		if (needsRebuild) {
			rebuild();
		}
		else {
			writes.submit(this::reconcile);
		}
		// The commit runs beside the writer, not on it: its fsync can take long on a busy disk, and a change queued
		// behind it would wait that long to be seen. IndexWriter allows a commit during updates and near-real-time
		// reopens (Elasticsearch likewise keeps its flush apart from its refresh).
		scheduler.scheduleWithFixedDelay(this::commitIfDirty, properties.commitInterval());
		scheduler.scheduleWithFixedDelay(this::reconcileNow, scheduler.getClock().instant().plus(properties.reconcileInterval()),
				properties.reconcileInterval());
	}

	@Override
	public void stop() {
		running = false;
		writes.shutdown();
		rebuilds.shutdownNow();
		try {
			writes.awaitTermination(10, TimeUnit.SECONDS);
			rebuilds.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		IndexGeneration generation = live;
		if (generation != null) {
			try {
				generation.writer.commit();
				generation.close();
			}
			catch (IOException ex) {
				log.warn("검색 색인을 닫는 중 오류: {}", ex.toString());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticlePublished event) {
		submit(event.articleId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleUnpublished event) {
		submit(event.articleId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleAppeared event) {
		submit(event.articleId());
	}

	// Whichever node the word was added on, every node's index is rebuilt with it.
	@TransactionalEventListener(fallbackExecution = true)
	void on(SearchDictionaryChanged event) {
		rebuild();
	}

	/** Whether the index has been brought level with the database since this node started. */
	boolean reconciled() {
		return reconciled;
	}

	/** Compares the index with the database and repairs any difference; runs every {@code reconcileInterval}. */
	void reconcileNow() {
		onWriter(this::reconcile);
	}

	private void submit(long id) {
		pending.putIfAbsent(id, System.nanoTime());
		onWriter(this::applyPending);
	}

	/**
	 * Applies every change queued so far in one pass (group commit): the articles read in one query, the
	 * searchers reopened once. A reopen flushes a segment whatever the number of articles in it, and on a
	 * busy node it is most of the cost, so changes that queue while one pass runs share the next one.
	 */
	private void applyPending() {
		Map<Long, Long> batch = new HashMap<>();
		for (Long id : List.copyOf(pending.keySet())) {
			Long queued = pending.remove(id);
			if (queued != null) {
				batch.put(id, queued);
			}
		}
		if (batch.isEmpty()) {
			// CASE: an earlier pass took these ids already; each submit queues a pass.
			return;
		}
		if (apply(batch.keySet())) {
			long now = System.nanoTime();
			batch.values().forEach(queued -> visibleAfter.record(now - queued, TimeUnit.NANOSECONDS));
		}
	}

	private void onWriter(Runnable work) {
		if (running) {
			try {
				writes.submit(work);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				// CASE: stopping; the work is redone by the reconciliation at the next start.
			}
		}
	}

	/** Starts a rebuild in the background unless one is running; returns whether it started. */
	boolean rebuild() {
		if (!rebuilding.compareAndSet(false, true)) {
			rebuildAgain.set(true);
			return false;
		}
		changedDuringRebuild.clear();
		rebuilds.submit(() -> {
			try {
				rebuildNow();
			}
			catch (Exception ex) {
				log.error("검색 색인 재구축 실패", ex);
			}
			finally {
				rebuilding.set(false);
				if (rebuildAgain.getAndSet(false) && running) {
					rebuild();
				}
			}
		});
		return true;
	}

	/**
	 * Brings the index entries of {@code ids} level with the database and reopens the searchers once; returns
	 * false if that failed (the reconciliation repairs it).
	 */
	private boolean apply(Collection<Long> ids) {
		if (rebuilding.get()) {
			changedDuringRebuild.addAll(ids);
		}
		IndexGeneration generation = live;
		try {
			Map<Long, ArticleDetail> visible = new HashMap<>();
			articles.findVisible(ids).forEach(article -> visible.put(article.id(), article));
			Map<Long, Reporter> reporters = people.reporters(
					visible.values().stream().map(ArticleDetail::reporterId).collect(Collectors.toSet()));
			for (Long id : ids) {
				Term term = new Term(ArticleDocuments.ID, String.valueOf(id));
				ArticleDetail article = visible.get(id);
				if (article != null) {
					generation.writer.updateDocument(term, document(article, reporters, generation.analyzers));
				}
				else {
					generation.writer.deleteDocuments(term);
				}
			}
			generation.searchers.maybeRefresh();
			dirty = true;
			ids.forEach(related::forget);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("기사 {}건 색인 실패 ({}…): {}", ids.size(), ids.iterator().next(), NestedExceptionUtils.getMostSpecificCause(ex).toString());
			return false;
		}
	}

	private Document document(ArticleDetail article, Map<Long, Reporter> reporters, KoreanAnalyzers analyzers) {
		Section section = sections.byId(article.sectionId()).orElseThrow();
		Reporter byline = reporters.get(article.reporterId());
		String reporter = byline == null ? "" : byline.name();
		return ArticleDocuments.document(article, section.slug(), section.name(), reporter, analyzers);
	}

	// After a restart the index may miss changes made while it was down, or changes applied but not yet
	// committed when the process died; a node may also drift (a change applied while the database blinked):
	// compare versions with the database and fix the difference, and say how much was repaired.
	private void reconcile() {
		if (rebuilding.get()) {
			// CASE: a rebuild reads everything from the database anyway, and replays what changed meanwhile.
			return;
		}
		try {
			Map<Long, Long> indexed = indexedVersions(live);
			List<Long> differing = new ArrayList<>();
			List<ArticleVersion> visible = articles.visibleVersions();
			for (ArticleVersion version : visible) {
				Long updated = indexed.remove(version.id());
				if (updated == null || updated != version.updatedAt().toEpochMilli()) {
					differing.add(version.id());
				}
			}
			differing.addAll(indexed.keySet());
			if (rebuildRather(differing.size(), visible.size())) {
				// CASE: a node down for long, or articles loaded behind its back: one article at a time would take
				// minutes (20,000 took 9.5 min on 2 cores), a rebuild seconds. Readiness stays DOWN until it is in.
				repairs.increment(differing.size());
				log.info("검색 색인 대조: 데이터베이스와 다른 기사 {}건, 색인을 새로 만듭니다", differing.size());
				rebuild();
				return;
			}
			int fixed = 0;
			for (int from = 0; from < differing.size(); from += 500) {
				List<Long> batch = differing.subList(from, Math.min(differing.size(), from + 500));
				if (apply(batch)) {
					fixed += batch.size();
				}
			}
			commitIfDirty();
			if (fixed > 0) {
				repairs.increment(fixed);
				log.info("검색 색인 대조: 데이터베이스와 다른 기사 {}건을 고쳤습니다", fixed);
			}
			reconciled = true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("검색 색인 대조 실패: {}", ex.toString());
			if (!reconciled && running) {
				// CASE: the database blinked while a starting node compared: it stays out of rotation until the
				// comparison succeeds, so try again soon rather than at the next period.
				scheduler.schedule(this::reconcileNow, scheduler.getClock().instant().plusSeconds(10));
			}
		}
	}

	/**
	 * Whether so many articles differ that rebuilding the index aside is cheaper than updating them one by one
	 * (each update reads the article and reopens the searcher): over 1,000 and over a twentieth of the paper.
	 */
	static boolean rebuildRather(int differing, int visible) {
		return differing > 1_000 && differing * 20L > visible;
	}

	private synchronized void commitIfDirty() {
		if (!dirty || !running) {
			return;
		}
		IndexGeneration generation = live;
		try {
			dirty = false;
			generation.writer.commit();
		}
		catch (AlreadyClosedException ex) {
			// CASE: a rebuild has just replaced this generation; the new one is committed when it takes over.
			dirty = true;
		}
		catch (IOException | RuntimeException ex) {
			dirty = true;
			log.warn("검색 색인 저장 실패: {}", ex.toString());
		}
	}

	private void rebuildNow() throws IOException {
		long started = System.nanoTime();
		KoreanAnalyzers analyzers = new KoreanAnalyzers(dictionary.userDictionary());
		IndexGeneration next = generations.create(analyzers);
		long count = 0;
		try {
			long after = 0;
			for (List<ArticleDetail> batch = articles.visibleAfter(after, 500); !batch.isEmpty() && running;
					batch = articles.visibleAfter(after, 500)) {
				Map<Long, Reporter> reporters = people
					.reporters(batch.stream().map(ArticleDetail::reporterId).collect(Collectors.toSet()));
				for (ArticleDetail article : batch) {
					next.writer.addDocument(document(article, reporters, analyzers));
					after = article.id();
					count++;
				}
			}
			next.finishBuild();
		}
		catch (IOException | RuntimeException ex) {
			next.close();
			IOUtils.rm(next.path);
			throw ex;
		}
		IndexGeneration previous;
		synchronized (swap) {
			previous = live;
			live = next;
			generations.makeCurrent(next.path);
		}
		related.forgetAll();
		reconciled = true;
		// What changed while the new generation was being written is applied to it now, in order.
		long now = System.nanoTime();
		changedDuringRebuild.forEach(id -> pending.putIfAbsent(id, now));
		writes.submit(this::applyPending);
		writes.submit(() -> {
			try {
				previous.close();
				IOUtils.rm(previous.path);
			}
			catch (IOException ex) {
				log.warn("이전 검색 색인 삭제 실패: {}", ex.toString());
			}
		});
		log.info("검색 색인 재구축: 기사 {}건, {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	private static Map<Long, Long> indexedVersions(IndexGeneration generation) throws IOException {
		Map<Long, Long> versions = new HashMap<>();
		generation.searchers.maybeRefreshBlocking();
		IndexSearcher searcher = generation.searchers.acquire();
		try {
			int max = Math.max(1, searcher.getIndexReader().numDocs());
			for (ScoreDoc doc : searcher.search(new MatchAllDocsQuery(), max).scoreDocs) {
				Document document = searcher.storedFields()
					.document(doc.doc, Set.of(ArticleDocuments.ID, ArticleDocuments.UPDATED));
				versions.put(Long.parseLong(document.get(ArticleDocuments.ID)),
						document.getField(ArticleDocuments.UPDATED).numericValue().longValue());
			}
		}
		finally {
			generation.searchers.release(searcher);
		}
		return versions;
	}

	private static java.util.concurrent.ThreadFactory named(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}

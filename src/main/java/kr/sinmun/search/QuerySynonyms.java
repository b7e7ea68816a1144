package kr.sinmun.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The synonym dictionary as Lucene applies it to queries: a {@link SynonymMap} built from the table, swapped in
 * whole when an entry changes on any node (the change feed carries {@link SearchSynonymsChanged}). Queries are
 * expanded, not the index, so a change takes effect in milliseconds without a rebuild.
 * <p>
 * The map's words are analyzed with the same Nori analyzer as queries (and the newsroom dictionary of the
 * moment), so {@code 국토교통부} in the map is the 국토 교통 부 that a query for it becomes.
 */
@Component
class QuerySynonyms implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(QuerySynonyms.class);

	private final SearchSynonyms entries;

	private final SearchDictionary dictionary;

	private volatile Loaded loaded = Loaded.NONE;

	private volatile boolean running;

	/**
	 * A built map; {@code sources} names, for each analyzed word (terms separated by spaces), the entries it
	 * belongs to, for explaining a query; {@code buildNanos} is how long loading and building took.
	 */
	record Loaded(SynonymMap map, Map<String, List<String>> sources, int entries, long buildNanos) {

		static final Loaded NONE = new Loaded(null, Map.of(), 0, 0);

	}

	QuerySynonyms(SearchSynonyms entries, SearchDictionary dictionary) {
		this.entries = entries;
		this.dictionary = dictionary;
	}

	/** The map in force; its {@code map} is null when the dictionary is empty. */
	Loaded current() {
		return loaded;
	}

	// Startup builds the map, never the first query.
	@Override
	public void start() {
		reload();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	// On the node that made the change once it committed, and on every other node when the change feed replays it.
	@TransactionalEventListener(fallbackExecution = true)
	void on(SearchSynonymsChanged event) {
		reload();
	}

	// The map's words are analyzed with the newsroom dictionary: a new word can change how one is split.
	@TransactionalEventListener(fallbackExecution = true)
	void on(SearchDictionaryChanged event) {
		reload();
	}

	/**
	 * Reads the table and swaps in a map built from it; on failure the map in force stays. One at a time: two
	 * changes close together must not let the map read first be swapped in last.
	 */
	synchronized void reload() {
		long started = System.nanoTime();
		try {
			List<SynonymEntry> all = entries.all();
			Loaded next = build(all, new KoreanAnalyzers(dictionary.userDictionary()), started);
			loaded = next;
			log.info("검색 동의어 사전 적용: 항목 {}개, {} ms", next.entries(), next.buildNanos() / 1_000_000.0);
		}
		catch (RuntimeException ex) {
			log.warn("검색 동의어 사전을 읽지 못해 이전 사전을 씁니다: {}", ex.toString());
		}
	}

	static Loaded build(List<SynonymEntry> entries, KoreanAnalyzers analyzers, long started) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		Map<String, List<String>> sources = new LinkedHashMap<>();
		for (SynonymEntry entry : entries) {
			List<List<CharsRef>> words = analyzed(entry.words(), analyzers, entry, sources);
			List<List<CharsRef>> targets = entry.kind() == SynonymEntry.Kind.GROUP ? words
					: analyzed(entry.expandsTo(), analyzers, entry, sources);
			for (List<CharsRef> word : words) {
				// Each way Nori splits one word finds the others: the query may be split one way, the article
				// another.
				add(builder, word, word);
				for (List<CharsRef> target : targets) {
					add(builder, word, target);
				}
			}
		}
		try {
			SynonymMap map = builder.build();
			return new Loaded(map.fst == null ? null : map, sources, entries.size(), System.nanoTime() - started);
		}
		catch (IOException ex) {
			throw new IllegalStateException("동의어 사전을 만들 수 없습니다", ex);
		}
	}

	private static void add(SynonymMap.Builder builder, List<CharsRef> inputs, List<CharsRef> outputs) {
		for (CharsRef input : inputs) {
			for (CharsRef output : outputs) {
				if (!input.equals(output)) {
					builder.add(input, output, true);
				}
			}
		}
	}

	/** The terms a word means to search, or empty when it means nothing searchable (a lone particle). */
	static List<String> terms(KoreanAnalyzers analyzers, String word) {
		return analyzers.queryTokens(word).stream().map(QueryReading.Token::term).toList();
	}

	// CASE: Nori splits a word it does not know by its neighbours: 에스엠알 alone is 에스엠 + 알, but 에스 + 엠알 before
	// another word, which is how an article's sentence is indexed. Each word is read both ways, alone and as a
	// sentence has it, and every reading stands for the word.
	private static List<List<CharsRef>> analyzed(List<String> words, KoreanAnalyzers analyzers, SynonymEntry entry,
			Map<String, List<String>> sources) {
		List<List<CharsRef>> all = new ArrayList<>();
		for (String word : words) {
			Set<List<String>> readings = new LinkedHashSet<>();
			readings.add(terms(analyzers, word));
			readings.add(analyzers.queryTokens(word + " " + NEIGHBOUR)
				.stream()
				.filter(token -> !token.term().equals(NEIGHBOUR))
				.map(QueryReading.Token::term)
				.toList());
			List<CharsRef> refs = new ArrayList<>();
			for (List<String> terms : readings) {
				if (terms.isEmpty()) {
					continue;
				}
				refs.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()));
				List<String> named = sources.computeIfAbsent(String.join(" ", terms), key -> new ArrayList<>());
				if (!named.contains(entry.describe())) {
					named.add(entry.describe());
				}
			}
			if (!refs.isEmpty()) {
				all.add(refs);
			}
		}
		return all;
	}

	// A noun that Nori knows and that follows any name naturally ("… 관련"), to read a word as a sentence has it.
	private static final String NEIGHBOUR = "관련";

}

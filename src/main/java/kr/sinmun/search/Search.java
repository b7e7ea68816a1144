package kr.sinmun.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;

import kr.sinmun.platform.KoreanParticles;
import kr.sinmun.section.Sections;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search module's API: reader search, autocomplete, related articles, the newsroom dictionary, and the
 * synonym dictionary applied to queries.
 * Every call reads the live index generation; none waits for indexing.
 */
@Service
public class Search {

	private final SearchIndexer indexer;

	private final SearchDictionary dictionary;

	private final Clock clock;

	private final RelatedArticles related;

	private final ApplicationEventPublisher events;

	private final SearchSynonyms synonyms;

	private final QuerySynonyms querySynonyms;

	private final Sections sections;

	Search(SearchIndexer indexer, SearchDictionary dictionary, Clock clock, RelatedArticles related,
			ApplicationEventPublisher events, SearchSynonyms synonyms, QuerySynonyms querySynonyms, Sections sections) {
		this.sections = sections;
		this.indexer = indexer;
		this.synonyms = synonyms;
		this.querySynonyms = querySynonyms;
		this.events = events;
		this.dictionary = dictionary;
		this.clock = clock;
		this.related = related;
	}

	/**
	 * Runs a search. A section filter on a parent section finds its sub-sections' articles too, as the sections
	 * stand now (a section moved under another parent is followed without rebuilding the index).
	 */
	public SearchResults search(SearchQuery query) {
		SynonymMap map = querySynonyms.current().map();
		SearchQuery within = query.section() == null ? query : query.withSectionSlugs(sections.slugsWithin(query.section()));
		return onLive(generation -> SearchEngine.search(generation, within, clock.millis(), map));
	}

	/** How {@code text} is read as a query: its terms, the synonym dictionary's expansions, the Lucene query. */
	public QueryExplanation explain(String text) {
		String cut = new SearchQuery(text, null, null, null, null, 1, 1).text();
		QuerySynonyms.Loaded loaded = querySynonyms.current();
		return onLive(generation -> {
			QueryReading reading = QueryReading.of(generation.analyzers, loaded.map(), cut);
			List<QueryExplanation.Expansion> expansions = reading.clauses()
				.stream()
				.filter(QueryReading.Clause::expanded)
				.map(clause -> new QueryExplanation.Expansion(String.join(" ", clause.original()),
						clause.alternatives().stream().skip(1).map(terms -> String.join(" ", terms)).toList(),
						loaded.sources().getOrDefault(String.join(" ", clause.original()), List.of())))
				.toList();
			boolean any = !reading.clauses().isEmpty();
			TypoCorrections.Corrected corrected = corrections(generation, cut);
			return new QueryExplanation(cut,
					reading.tokens()
						.stream()
						.map(token -> new QueryExplanation.ReadTerm(token.written(), token.term(), token.hanjaRead()))
						.toList(),
					expansions, any ? SearchEngine.matchQuery(reading.clauses(), cut).toString() : "",
					reading.clauses().size() > 1 ? MinimumShouldMatch.describe(generation, reading.clauses()) : null,
					WrittenForms.changes(cut)
						.stream()
						.filter(change -> change.kind() == WrittenForms.Kind.NUMBER)
						.map(change -> new QueryExplanation.Number(change.written(), change.as()))
						.toList(),
					AcronymReadings.readings(cut)
						.stream()
						.map(acronym -> new QueryExplanation.Acronym(acronym.written(), acronym.reading()))
						.toList(),
					corrected == null ? List.of()
							: corrected.corrections()
								.stream()
								.map(correction -> new QueryExplanation.Correction(correction.typed(), correction.corrected()))
								.toList(),
					corrected == null ? null
							: SearchEngine.matchQuery(QueryReading.of(generation.analyzers, loaded.map(), corrected.text()).clauses(),
									corrected.text()).toString());
		});
	}

	private static TypoCorrections.Corrected corrections(IndexGeneration generation, String text) {
		try {
			IndexSearcher searcher = generation.searchers.acquire();
			try {
				return TypoCorrections.of(searcher, generation.analyzers, text);
			}
			finally {
				generation.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The synonym dictionary's entries, groups first. */
	public List<SynonymEntry> synonyms() {
		return synonyms.all();
	}

	public SynonymEntry synonym(long id) {
		return synonyms.find(id).orElseThrow(() -> new SynonymNotFoundException(id));
	}

	/**
	 * Stores a new entry; every node's searches use it within moments, with no rebuild. Fails with
	 * {@link InvalidSynonymException} (400) or {@link DuplicateSynonymException} (409).
	 */
	@Transactional
	public SynonymEntry addSynonym(SynonymEntry entry) {
		check(entry);
		SynonymEntry stored = synonyms.add(entry);
		events.publishEvent(new SearchSynonymsChanged(stored.id()));
		return stored;
	}

	/** Replaces entry {@code id}; fails as {@link #addSynonym} does, or with {@link SynonymNotFoundException}. */
	@Transactional
	public SynonymEntry replaceSynonym(long id, SynonymEntry entry) {
		check(entry);
		if (!synonyms.replace(id, entry)) {
			throw new SynonymNotFoundException(id);
		}
		events.publishEvent(new SearchSynonymsChanged(id));
		return new SynonymEntry(id, entry.kind(), entry.words(), entry.expandsTo());
	}

	@Transactional
	public SynonymEntry removeSynonym(long id) {
		SynonymEntry entry = synonym(id);
		synonyms.remove(id);
		events.publishEvent(new SearchSynonymsChanged(id));
		return entry;
	}

	// One home for the rules, whichever door the entry came through: its shape, then whether each word means
	// something to search (a lone particle or punctuation analyzes to nothing and could never match).
	private void check(SynonymEntry entry) {
		Map<String, String> problems = new LinkedHashMap<>(entry.problems());
		if (problems.isEmpty()) {
			KoreanAnalyzers analyzers = indexer.live() == null ? new KoreanAnalyzers(dictionary.userDictionary())
					: indexer.live().analyzers;
			unsearchable("words", "낱말(words)", entry.words(), analyzers, problems);
			unsearchable("expandsTo", "풀어 쓴 말(expandsTo)", entry.expandsTo(), analyzers, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidSynonymException(problems);
		}
	}

	private static void unsearchable(String field, String label, List<String> words, KoreanAnalyzers analyzers,
			Map<String, String> problems) {
		words.stream()
			.filter(word -> QuerySynonyms.terms(analyzers, word).isEmpty())
			.findFirst()
			.ifPresent(word -> problems.put(field, label + "의 ‘" + word + "’" + KoreanParticles.topicOf(word) + " 검색어로 읽히지 않습니다. 낱말을 고치거나 빼십시오."));
	}

	/** Headlines and tags that start with what the reader has typed so far. */
	public List<Suggestion> suggest(String text) {
		if (text == null || text.isBlank() || text.length() > 100) {
			return List.of();
		}
		return onLive(generation -> SearchEngine.suggest(generation, text, 8));
	}

	/** Ids of the articles most similar in content to this one (worked out once, then kept). */
	public List<Long> related(long articleId, int limit) {
		return related.get(articleId, limit,
				id -> onLive(generation -> SearchEngine.related(generation, id, RelatedArticles.KEPT)));
	}

	/** Rebuilds the index aside from the database and swaps it in; searches keep working meanwhile. */
	public boolean rebuild() {
		return indexer.rebuild();
	}

	public boolean isRebuilding() {
		return indexer.isRebuilding();
	}

	public List<DictionaryWord> dictionary() {
		return dictionary.words();
	}

	/** Adds or changes a word; every node's index is rebuilt with it in the background. */
	@Transactional
	public void addWord(DictionaryWord word) {
		// Validate before storing: Nori refuses a segmentation that does not spell the word.
		SearchDictionary.userDictionary(List.of(word));
		dictionary.add(word);
		events.publishEvent(new SearchDictionaryChanged(word.word()));
	}

	@Transactional
	public boolean removeWord(String word) {
		boolean removed = dictionary.remove(word);
		if (removed) {
			events.publishEvent(new SearchDictionaryChanged(word));
		}
		return removed;
	}

	// CASE: a rebuild may close the generation a search just picked up; the new one answers instead.
	private <T> T onLive(Function<IndexGeneration, T> work) {
		try {
			return work.apply(indexer.live());
		}
		catch (AlreadyClosedException ex) {
			return work.apply(indexer.live());
		}
	}

}

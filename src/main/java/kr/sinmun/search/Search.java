package kr.sinmun.search;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.store.AlreadyClosedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search module's API: reader search, autocomplete, related articles, and the newsroom dictionary.
 * Every call reads the live index generation; none waits for indexing.
 */
@Service
public class Search {

	private final SearchIndexer indexer;

	private final SearchDictionary dictionary;

	private final Clock clock;

	private final RelatedArticles related;

	private final ApplicationEventPublisher events;

	Search(SearchIndexer indexer, SearchDictionary dictionary, Clock clock, RelatedArticles related,
			ApplicationEventPublisher events) {
		this.indexer = indexer;
		this.events = events;
		this.dictionary = dictionary;
		this.clock = clock;
		this.related = related;
	}

	public SearchResults search(SearchQuery query) {
		return onLive(generation -> SearchEngine.search(generation, query, clock.millis()));
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

package kr.sinmun.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

import static kr.sinmun.search.ArticleDocuments.BODY;
import static kr.sinmun.search.ArticleDocuments.HEADLINE;
import static kr.sinmun.search.ArticleDocuments.ID;
import static kr.sinmun.search.ArticleDocuments.PUBLISHED;
import static kr.sinmun.search.ArticleDocuments.REPORTER;
import static kr.sinmun.search.ArticleDocuments.SECTION;
import static kr.sinmun.search.ArticleDocuments.SECTION_NAME;
import static kr.sinmun.search.ArticleDocuments.SUBHEADLINE;
import static kr.sinmun.search.ArticleDocuments.TAG;

/**
 * Runs searches against one index generation. The reader's text is never parsed as query syntax: it is
 * analyzed into terms and the query is built from them, so quotes, operators and stray characters are text.
 */
final class SearchEngine {

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private SearchEngine() {
	}

	// Searching is pure CPU work. With more queries running than cores, the scheduler slices them all and every
	// one finishes late (on 2 cores, 8 concurrent queries of 3 ms each had a p95 of 25 ms); queued in order and
	// run a core at a time, each waits only for those ahead of it. Fair, so no query waits indefinitely.
	private static final java.util.concurrent.Semaphore CORES = new java.util.concurrent.Semaphore(
			Runtime.getRuntime().availableProcessors(), true);

	// Suggestions take a fraction of a millisecond, and a reader typing should not queue behind full searches:
	// they take turns among themselves, on a separate set of permits. Unqueued, 8 concurrent suggestions on 2
	// cores had a p50 of 0.17 ms but a p95 of 5.7 ms, the ones the scheduler had parked for a time slice.
	private static final java.util.concurrent.Semaphore SUGGEST_CORES = new java.util.concurrent.Semaphore(
			Runtime.getRuntime().availableProcessors(), true);

	static SearchResults search(IndexGeneration generation, SearchQuery query, long now) {
		return search(generation, query, now, null);
	}

	/** A search with the query expanded by {@code synonyms} (null: none). */
	static SearchResults search(IndexGeneration generation, SearchQuery query, long now, SynonymMap synonyms) {
		QueryReading reading = QueryReading.of(generation.analyzers, synonyms, query.text());
		if (reading.clauses().isEmpty()) {
			return SearchResults.empty();
		}
		CORES.acquireUninterruptibly();
		try {
			return searchNow(generation, query, reading, now, synonyms);
		}
		finally {
			CORES.release();
		}
	}

	/** The query a search for {@code text} runs first: every part of the query must be found. */
	static Query matchQuery(List<QueryReading.Clause> clauses, String text) {
		// A lone word is where Nori's context-dependent segmentation bites; longer queries give it context.
		return text.strip().contains(" ") ? clauseQuery(clauses, true)
				: new BooleanQuery.Builder().add(clauseQuery(clauses, true), Occur.SHOULD)
					.add(surfaceQuery(text), Occur.SHOULD)
					.build();
	}

	private static SearchResults searchNow(IndexGeneration generation, SearchQuery query, QueryReading reading,
			long now, SynonymMap synonyms) {
		List<QueryReading.Clause> clauses = reading.clauses();
		IndexSearcher searcher = acquire(generation);
		try {
			Query matched = matchQuery(clauses, query.text());
			int wanted = query.page() * query.size();
			TopDocs top = run(searcher, filtered(matched, query), query, clauses, now, wanted);
			// CASE: the query as typed finds little: its words may be mistyped (국토교통뷰). Articles with the
			// corrected words are added after those found as typed, never above them.
			long typedHits = top.totalHits.value;
			TypoCorrections.Corrected corrected = typedHits < TypoCorrections.FEW
					? TypoCorrections.of(searcher, generation.analyzers, query.text()) : null;
			if (corrected != null) {
				clauses = QueryReading.of(generation.analyzers, synonyms, corrected.text()).clauses();
				Query correctedQuery = matchQuery(clauses, corrected.text());
				Query either = new BooleanQuery.Builder().add(matched, Occur.SHOULD).add(correctedQuery, Occur.SHOULD).build();
				top = TypoCorrections.after(top, run(searcher, filtered(correctedQuery, query), query, clauses, now, wanted),
						searcher.count(filtered(either, query)), wanted);
				matched = either;
			}
			// CASE: a word found through the synonym dictionary (유에이엠 finding UAM) is no typo, whatever the
			// articles spell.
			boolean expanded = reading.clauses().stream().anyMatch(QueryReading.Clause::expanded);
			String didYouMean = corrected != null && !(expanded && typedHits > 0) ? corrected.text() : null;
			boolean partial = false;
			// CASE: no article, or hardly any, has every word (a reader's longer query often has one the reports
			// do not); show those with the words that matter most (MinimumShouldMatch), or, failing that, those
			// with any of them. The articles with every word are among them and rank by it.
			if (MinimumShouldMatch.tooFew(top.totalHits.value, clauses.size(), query.text())) {
				// Narrower tiers first (MinimumShouldMatch.partialQueries): their articles rank above those only a
				// wider one finds, and a tier that fills the page ends the search, its count then a lower bound.
				List<MinimumShouldMatch.Tier> tiers = MinimumShouldMatch.partialQueries(searcher.getIndexReader(), clauses);
				// CASE: newest first, tiers rank nothing; the last finds every article the others find, and more.
				if (query.order() == SearchQuery.Order.NEWEST) {
					tiers = tiers.subList(tiers.size() - 1, tiers.size());
				}
				Query most = null;
				TopDocs more = null;
				for (int i = 0; i < tiers.size(); i++) {
					most = tiers.get(i).query();
					TopDocs found = run(searcher, filtered(most, query), query, clauses, now, wanted, tiers.get(i).levels());
					more = more == null ? found : TypoCorrections.after(more, found, found.totalHits.value, wanted);
					// More than the page holds, so that a count shown as "N건 이상" always has a next page.
					if (i < tiers.size() - 1 && found.totalHits.value > wanted) {
						more = new TopDocs(new TotalHits(found.totalHits.value, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
								more.scoreDocs);
						break;
					}
				}
				if (more.totalHits.value == 0 && top.totalHits.value == 0) {
					most = MinimumShouldMatch.anyPart(clauses);
					more = run(searcher, filtered(most, query), query, clauses, now, wanted);
				}
				if (more.totalHits.value > top.totalHits.value) {
					matched = most;
					top = more;
					partial = true;
				}
			}
			int offset = (query.page() - 1) * query.size();
			ScoreDoc[] page = offset >= top.scoreDocs.length ? new ScoreDoc[0]
					: java.util.Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
			TopDocs pageDocs = new TopDocs(top.totalHits, page);
			PageHighlighter highlighter = PageHighlighter.of(searcher, generation.analyzers);
			Map<String, String[]> marked = highlighter.highlightFields(new String[] { HEADLINE, BODY }, matched, pageDocs,
					new int[] { 1, 2 });
			List<SearchHit> hits = new ArrayList<>();
			for (int i = 0; i < page.length; i++) {
				hits.add(hit(highlighter.document(page[i].doc), marked.get(HEADLINE)[i], marked.get(BODY)[i]));
			}
			return new SearchResults(top.totalHits.value,
					top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, hits, partial, didYouMean);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(generation, searcher);
		}
	}

	static List<Suggestion> suggest(IndexGeneration generation, String text, int limit) {
		SUGGEST_CORES.acquireUninterruptibly();
		try {
			return suggestNow(generation, text, limit);
		}
		finally {
			SUGGEST_CORES.release();
		}
	}

	private static List<Suggestion> suggestNow(IndexGeneration generation, String text, int limit) {
		String[] typed = java.util.Arrays.stream(text.strip().split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.toArray(String[]::new);
		if (typed.length == 0) {
			return List.of();
		}
		String[] words = java.util.Arrays.stream(typed).map(word -> word.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < Math.min(words.length, 6); i++) {
			String word = words[i].length() > 20 ? words[i].substring(0, 20) : words[i];
			query.add(new TermQuery(new Term(KoreanAnalyzers.SUGGEST_FIELD, word)), Occur.MUST);
		}
		IndexSearcher searcher = acquire(generation);
		try {
			List<Suggestion> suggestions = new ArrayList<>();
			String last = typed[typed.length - 1];
			for (String tag : tagsStartingWith(searcher.getIndexReader(), last, 3)) {
				suggestions.add(new Suggestion(tag, "/search?q=" + java.net.URLEncoder.encode(tag,
						java.nio.charset.StandardCharsets.UTF_8), Suggestion.Kind.TAG));
			}
			TopDocs top = searcher.search(query.build(), limit,
					new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true)));
			for (ScoreDoc doc : top.scoreDocs) {
				Document document = searcher.storedFields().document(doc.doc);
				suggestions.add(new Suggestion(document.get(HEADLINE), "/news/" + document.get(ID),
						Suggestion.Kind.HEADLINE));
			}
			return suggestions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(generation, searcher);
		}
	}

	/**
	 * How alike two articles must be to be called related: the share of the article's own score (how well it
	 * matches its own most telling words) another article must reach. Tuned on the demo paper and the stories of
	 * RelatedArticlesIntegrationTests: parts of one story score 0.5–0.85 of the article itself, articles on one
	 * subject (지방소멸 대응기금 and a 사설 on 지방소멸) 0.2–0.3, and the closest pair that is not one subject (a
	 * 기자수첩 on 통학로 and that 사설) 0.18.
	 */
	static final float RELATED_SHARE = 0.2f;

	/** How many of the article's telling words another article must also have; one shared word is chance. */
	static final int RELATED_SHARED_WORDS = 5;

	static List<Long> related(IndexGeneration generation, long articleId, int limit) {
		return alike(generation, articleId, limit, RELATED_SHARE).stream().map(Alike::id).toList();
	}

	/** An article like another, and its score as a share of the other's own. */
	record Alike(long id, float share) {
	}

	/** The articles most like this one, best first, down to {@code minShare} of its own score. */
	static List<Alike> alike(IndexGeneration generation, long articleId, int limit, float minShare) {
		IndexSearcher searcher = acquire(generation);
		try {
			TopDocs self = searcher.search(new TermQuery(new Term(ID, String.valueOf(articleId))), 1);
			if (self.scoreDocs.length == 0) {
				return List.of();
			}
			int own = self.scoreDocs[0].doc;
			MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
			like.setAnalyzer(generation.analyzers.index());
			like.setFieldNames(new String[] { HEADLINE, BODY });
			like.setMinTermFreq(1);
			like.setMinDocFreq(2);
			like.setMinWordLen(2);
			like.setMaxQueryTerms(25);
			// A word in more than a tenth of the paper (기자, 지난, 올해…) tells nothing about the story.
			like.setMaxDocFreqPct(10);
			Query words = like.like(own);
			if (!(words instanceof BooleanQuery telling) || telling.clauses().isEmpty()) {
				return List.of();
			}
			BooleanQuery.Builder shared = new BooleanQuery.Builder();
			telling.clauses().forEach(shared::add);
			shared.setMinimumNumberShouldMatch(Math.min(RELATED_SHARED_WORDS, telling.clauses().size()));
			Query query = shared.build();
			// The article against its own words is the best any article can do: the yardstick for the others.
			float best = searcher.explain(query, own).getValue().floatValue();
			if (best <= 0) {
				return List.of();
			}
			List<Alike> found = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(query, limit + 1).scoreDocs) {
				if (doc.doc == own) {
					continue;
				}
				if (doc.score < best * minShare || found.size() == limit) {
					break;
				}
				found.add(new Alike(Long.parseLong(searcher.storedFields().document(doc.doc).get(ID)), doc.score / best));
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(generation, searcher);
		}
	}

	/** Every word must be found somewhere ({@code all}), or any of them. */
	static Query textQuery(List<String> terms, boolean all) {
		return clauseQuery(terms.stream().map(term -> new QueryReading.Clause(List.of(List.of(term)))).toList(), all);
	}

	/**
	 * Every part of the query must be found ({@code all}), or any of them. A part the synonym dictionary
	 * expanded is found by any of its alternatives, each needing all its terms; an article scores by the best
	 * alternative it has, so one that has both 국토부 and 국토교통부 does not count the same part twice.
	 */
	static Query clauseQuery(List<QueryReading.Clause> clauses, boolean all) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (QueryReading.Clause clause : clauses) {
			query.add(clauseQuery(clause), all ? Occur.MUST : Occur.SHOULD);
		}
		// Searches that lack some words use MinimumShouldMatch instead, which weighs the words by rarity.
		return query.build();
	}

	static Query clauseQuery(QueryReading.Clause clause) {
		if (!clause.expanded()) {
			return alternativeQuery(clause.original());
		}
		return new DisjunctionMaxQuery(clause.alternatives().stream().map(SearchEngine::alternativeQuery).toList(), 0f);
	}

	private static Query alternativeQuery(List<String> terms) {
		if (terms.size() == 1) {
			return new TermQuery(new Term(ArticleDocuments.TEXT, terms.get(0)));
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			all.add(new TermQuery(new Term(ArticleDocuments.TEXT, term)), Occur.MUST);
		}
		return all.build();
	}

	// CASE: Nori's segmentation depends on context, so a word typed alone can split differently from the same
	// word in a sentence (반딧불이 → 반딧+불이 alone, 반딧불+이 in "반딧불이 축제가"). The words exactly as
	// written are a second way for an article to match. It is a way in, not a ranking signal: a small constant,
	// so that how often an article repeats the exact spelling does not outweigh where the word stands.
	static Query surfaceQuery(String text) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int count = 0;
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && count++ < 16) {
				query.add(new TermQuery(new Term(ArticleDocuments.WORDS, word)), Occur.MUST);
			}
		}
		return new BoostQuery(new ConstantScoreQuery(query.build()), 0.1f);
	}

	private static Query filtered(Query text, SearchQuery query) {
		if (query.section() == null && query.from() == null && query.to() == null) {
			return text;
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
		if (query.section() != null) {
			// CASE: a parent section: its sub-sections' articles match too. The index holds each article's own
			// section, and the parent's family is asked at query time, so moving a section needs no reindex.
			filtered.add(query.sectionSlugs().size() > 1
					? new TermInSetQuery(SECTION, query.sectionSlugs().stream().map(BytesRef::new).toList())
					: new TermQuery(new Term(SECTION, query.section())), Occur.FILTER);
		}
		if (query.from() != null || query.to() != null) {
			long from = query.from() == null ? Long.MIN_VALUE
					: query.from().atStartOfDay(SEOUL).toInstant().toEpochMilli();
			long to = query.to() == null ? Long.MAX_VALUE
					: query.to().plusDays(1).atStartOfDay(SEOUL).toInstant().toEpochMilli() - 1;
			filtered.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.FILTER);
		}
		return filtered.build();
	}

	// Relevance weighed with age: a mild preference for recent news, or the newest report first for a query about
	// an event (RecencyRanking).
	private static TopDocs run(IndexSearcher searcher, Query query, SearchQuery request,
			List<QueryReading.Clause> clauses, long now, int wanted) throws IOException {
		return run(searcher, query, request, clauses, now, wanted, null);
	}

	// levels: the query's scores carry coordination levels, which age must not cross (MinimumShouldMatch.Tier).
	private static TopDocs run(IndexSearcher searcher, Query query, SearchQuery request,
			List<QueryReading.Clause> clauses, long now, int wanted, CoordinationLevel.Levels levels) throws IOException {
		if (request.order() == SearchQuery.Order.NEWEST) {
			return searcher.search(query, wanted, new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true)));
		}
		return RecencyRanking.search(searcher, query, clauses, now, wanted, levels);
	}

	private static SearchHit hit(Document document, String headlineHtml, String snippetHtml) {
		String headline = document.get(HEADLINE);
		String snippet = snippetHtml;
		if (snippet == null || snippet.isBlank()) {
			// CASE: the words matched only the headline, tags or byline; the subheadline stands in for an excerpt.
			String sub = document.get(SUBHEADLINE);
			snippet = escape(sub == null ? "" : sub);
		}
		return new SearchHit(Long.parseLong(document.get(ID)), headline,
				headlineHtml == null || headlineHtml.isBlank() ? escape(headline) : headlineHtml, snippet,
				document.get(SECTION), document.get(SECTION_NAME), document.get(REPORTER),
				Instant.ofEpochMilli(document.getField(PUBLISHED).numericValue().longValue()));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static List<String> tagsStartingWith(IndexReader reader, String prefix, int limit) throws IOException {
		Terms terms = MultiTerms.getTerms(reader, TAG);
		if (terms == null || prefix.isEmpty()) {
			return List.of();
		}
		List<String> tags = new ArrayList<>();
		TermsEnum iterator = terms.iterator();
		if (iterator.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
			return tags;
		}
		do {
			String tag = iterator.term().utf8ToString();
			if (!tag.startsWith(prefix)) {
				break;
			}
			if (reader.docFreq(new Term(TAG, tag)) > 0) {
				tags.add(tag);
			}
		}
		while (tags.size() < limit && iterator.next() != null);
		return tags;
	}

	private static IndexSearcher acquire(IndexGeneration generation) {
		try {
			return generation.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void release(IndexGeneration generation, IndexSearcher searcher) {
		try {
			generation.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

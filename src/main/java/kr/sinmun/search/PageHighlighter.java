package kr.sinmun.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

import static kr.sinmun.search.ArticleDocuments.HEADLINE;
import static kr.sinmun.search.ArticleDocuments.ID;
import static kr.sinmun.search.ArticleDocuments.PUBLISHED;
import static kr.sinmun.search.ArticleDocuments.REPORTER;
import static kr.sinmun.search.ArticleDocuments.SECTION;
import static kr.sinmun.search.ArticleDocuments.SECTION_NAME;
import static kr.sinmun.search.ArticleDocuments.SUBHEADLINE;

/**
 * Highlights one result page: headlines whole, bodies as their best passages, the query's words marked with
 * {@code <mark>}. Offsets come from the postings, so no result is analyzed again.
 * <p>
 * Lucene's highlighter is built for any query and any page; for ours, three things it does per hit were the
 * costly part of a search, and each is done once per page here instead:
 * <ul>
 * <li>stored fields are read once per hit, in document order through one reader, and kept for the hit itself;
 * <li>a word's postings are opened once per field and moved forward from hit to hit;
 * <li>passages are scored without allocating a hash table each ({@link LeanPassageScorer}).
 * </ul>
 */
final class PageHighlighter extends UnifiedHighlighter {

	/** The stored fields a hit shows. */
	private static final Set<String> HIT_FIELDS = Set.of(ID, HEADLINE, SUBHEADLINE, SECTION, SECTION_NAME, REPORTER,
			PUBLISHED);

	private final Map<Integer, Document> documents = new HashMap<>();

	private PageHighlighter(UnifiedHighlighter.Builder builder) {
		super(builder);
	}

	static PageHighlighter of(IndexSearcher searcher, KoreanAnalyzers analyzers) {
		return new PageHighlighter(UnifiedHighlighter.builder(searcher, analyzers.index())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			// Term-level highlighting: building a matcher per hit for the whole query (weight matches) cost
			// half of each search in profiles, for marks that are the same words.
			.withWeightMatches(false)
			// The query's words are on the weighted search text; mark them in the headline and body.
			.withFieldMatcher(field -> true)
			.withScorer(new LeanPassageScorer())
			.withMaxLength(20_000));
	}

	/** The stored fields of a highlighted hit, read while highlighting, or now for one that was not. */
	Document document(int doc) throws IOException {
		Document document = documents.get(doc);
		return document != null ? document : searcher.storedFields().document(doc, HIT_FIELDS);
	}

	@Override
	protected BreakIterator getBreakIterator(String field) {
		return HEADLINE.equals(field) ? new WholeBreakIterator() : super.getBreakIterator(field);
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
			throws IOException {
		Set<String> wanted = new HashSet<>(HIT_FIELDS);
		wanted.addAll(List.of(fields));
		StoredFields stored = searcher.storedFields();
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			Document document = stored.document(doc, wanted);
			documents.put(doc, document);
			CharSequence[] fieldValues = new CharSequence[fields.length];
			for (int i = 0; i < fields.length; i++) {
				String value = document.get(fields[i]);
				fieldValues[i] = value == null ? "" : value;
			}
			values.add(fieldValues);
		}
		return values;
	}

	@Override
	protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
		boolean plainTerms = source == OffsetSource.POSTINGS && components.getAutomata().length == 0
				&& !components.getPhraseHelper().hasPositionSensitivity()
				&& !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
		return plainTerms ? new ForwardPostings(components) : super.getOffsetStrategy(source, components);
	}

	/**
	 * Term offsets from the postings, like Lucene's own postings strategy, but keeping each word's postings
	 * open for the next hit. Lucene's seeks every word in the term dictionary and allocates a fresh postings
	 * reader (some 10 KB of buffers) for every hit, which was a fifth of all memory a search allocated. The
	 * highlighter visits a field's hits in increasing document order, so each word's postings only move forward;
	 * a hit in another segment, or behind, opens them again.
	 */
	static final class ForwardPostings extends FieldOffsetStrategy {

		private LeafReader leaf;

		private PostingsEnum[] postings;

		ForwardPostings(UHComponents components) {
			super(components);
		}

		@Override
		public OffsetSource getOffsetSource() {
			return OffsetSource.POSTINGS;
		}

		@Override
		public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
			BytesRef[] terms = components.getTerms();
			if (reader != leaf || behind(doc)) {
				open(reader, terms);
			}
			List<OffsetsEnum> found = new ArrayList<>(terms.length);
			for (int i = 0; i < terms.length; i++) {
				PostingsEnum term = postings[i];
				if (term != null && term.docID() < doc) {
					term.advance(doc);
				}
				if (term != null && term.docID() == doc) {
					found.add(new OffsetsEnum.OfPostings(terms[i], term));
				}
			}
			return switch (found.size()) {
				case 0 -> OffsetsEnum.EMPTY;
				case 1 -> found.get(0);
				default -> new OffsetsEnum.MultiOffsetsEnum(found);
			};
		}

		private boolean behind(int doc) {
			for (PostingsEnum term : postings) {
				if (term != null && term.docID() > doc) {
					return true;
				}
			}
			return false;
		}

		private void open(LeafReader reader, BytesRef[] terms) throws IOException {
			leaf = reader;
			postings = new PostingsEnum[terms.length];
			Terms index = reader.terms(getField());
			if (index == null) {
				return;
			}
			TermsEnum dictionary = index.iterator();
			for (int i = 0; i < terms.length; i++) {
				if (dictionary.seekExact(terms[i])) {
					postings[i] = dictionary.postings(null, PostingsEnum.OFFSETS);
					if (postings[i] == null) {
						throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets");
					}
				}
			}
		}

	}

	/**
	 * Lucene's passage score (BM25 over the passage's matches, times a position norm), computed without the
	 * BytesRefHash that Lucene allocates for every candidate passage: a sentence has a handful of matches, so a
	 * linear look-up finds repeats faster than allocating a 32 KB hash table, which took a tenth of each search
	 * in the profile. The scores, and so the chosen passages, are the same.
	 */
	static final class LeanPassageScorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			int[] inDoc = passage.getMatchTermFreqsInDoc();
			int[] first = new int[matches];
			int[] inPassage = new int[matches];
			int unique = 0;
			for (int i = 0; i < matches; i++) {
				int seen = 0;
				while (seen < unique && !terms[first[seen]].bytesEquals(terms[i])) {
					seen++;
				}
				if (seen == unique) {
					first[unique++] = i;
				}
				inPassage[seen]++;
			}
			double score = 0;
			for (int j = 0; j < unique; j++) {
				score += tf(inPassage[j], passage.getLength()) * weight(contentLength, inDoc[first[j]]);
			}
			score *= norm(passage.getStartOffset());
			return (float) score;
		}

	}

}

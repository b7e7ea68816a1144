package kr.sinmun.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;

import kr.sinmun.article.ArticleDetail;

/** How an article becomes a Lucene document: which fields exist, which are stored, which are searched. */
final class ArticleDocuments {

	static final String ID = "id";

	static final String UPDATED = "updated";

	static final String HEADLINE = "headline";

	static final String SUBHEADLINE = "subheadline";

	static final String BODY = "body";

	static final String TAG = "tag";

	static final String REPORTER = "reporter";

	static final String SECTION = "section";

	static final String SECTION_NAME = "sectionName";

	static final String PUBLISHED = "published";

	/**
	 * What a query is matched and ranked on: every word of the article, where each word of what names it
	 * (headline, subheadline, tags, byline, section) counts {@link #TITLE_WEIGHT} times. This is BM25F: the
	 * fields are weighted into one term frequency and one length at index time, and BM25 scores that. A word
	 * is then one posting list instead of a title list and a body list to merge, which made multi-word searches
	 * about twice as fast in the benchmark, with the same evaluation scores.
	 */
	static final String TEXT = "text";

	/** How many body words one word of the headline, subheadline, tags, byline or section is worth. */
	static final int TITLE_WEIGHT = 3;

	/** Surface words as written (particles attached), for matching a word typed alone exactly as written. */
	static final String WORDS = "words";

	/** The same words spelled in jamo, with and without particles, for correcting typos ({@link TypoCorrections}). */
	static final String JAMO = "jamo";

	// Only which articles have a word matters for correcting typos: no frequencies, no positions.
	private static final FieldType DOCS_ONLY = docsOnly();

	// Headline and body keep term offsets in the postings, so highlighting reads them from the index instead
	// of running Nori over every result again.
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	// Custom term frequencies need a field with frequencies but no positions.
	private static final FieldType WEIGHTED_TERMS = weightedTerms();

	private ArticleDocuments() {
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FieldType docsOnly() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	private static FieldType weightedTerms() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	static Document document(ArticleDetail article, String sectionSlug, String sectionName, String reporter,
			KoreanAnalyzers analyzers) {
		Document document = new Document();
		document.add(new StringField(ID, String.valueOf(article.id()), Field.Store.YES));
		document.add(new StoredField(UPDATED, article.updatedAt().toEpochMilli()));
		document.add(new Field(HEADLINE, article.headline(), TEXT_WITH_OFFSETS));
		if (article.subheadline() != null) {
			document.add(new StoredField(SUBHEADLINE, article.subheadline()));
		}
		// Photo captions are searchable but kept out of the body text that snippets are cut from: glued into it,
		// a caption and its credit read as part of the story ("… 전경. 사진=신문일보 한빛시는 …").
		org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(article.bodyHtml());
		Elements figcaptions = html.select("figcaption");
		String captions = String.join("\n", figcaptions.eachText());
		figcaptions.remove();
		String body = html.body().text();
		AnalyzedText analyzedBody = AnalyzedText.of(analyzers.index(), BODY, body);
		document.add(analyzedBody.field(BODY, body, TEXT_WITH_OFFSETS));
		String words = article.headline() + "\n" + (article.subheadline() == null ? "" : article.subheadline()) + "\n"
				+ String.join(" ", article.tags()) + "\n" + body + "\n" + captions;
		document.add(new TextField(WORDS, words, Field.Store.NO));
		document.add(new Field(JAMO, words, DOCS_ONLY));
		StringBuilder suggest = new StringBuilder(article.headline());
		for (String tag : article.tags()) {
			document.add(new StringField(TAG, tag, Field.Store.YES));
			suggest.append(' ').append(tag);
		}
		document.add(new TextField(KoreanAnalyzers.SUGGEST_FIELD, suggest.toString(), Field.Store.NO));
		document.add(new StoredField(REPORTER, reporter));
		String title = String.join("\n", article.headline(), article.subheadline() == null ? "" : article.subheadline(),
				String.join(" ", article.tags()), reporter, sectionName);
		Map<String, Integer> weighted = new HashMap<>();
		AnalyzedText.of(analyzers.index(), TEXT, title).countInto(weighted, TITLE_WEIGHT);
		analyzedBody.countInto(weighted, 1);
		AnalyzedText.of(analyzers.index(), TEXT, captions).countInto(weighted, 1);
		document.add(new Field(TEXT, AnalyzedText.termFrequencies(weighted), WEIGHTED_TERMS));
		document.add(new StringField(SECTION, sectionSlug, Field.Store.YES));
		document.add(new StoredField(SECTION_NAME, sectionName));
		long published = article.publishedAt().toEpochMilli();
		document.add(new LongPoint(PUBLISHED, published));
		document.add(new NumericDocValuesField(PUBLISHED, published));
		document.add(new StoredField(PUBLISHED, published));
		return document;
	}

}

package kr.sinmun.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analyzers of one index generation, built with the newsroom dictionary of that moment.
 * <p>
 * Korean attaches particles and endings to words (법인을, 설립했다) and writes compounds with or without spaces
 * (데이터센터, 데이터 센터). Nori reduces words to their morphemes and drops particles and endings (its
 * default stop tags); hanja are read as Hangul (韓 → 한), Latin is lowercased. The index keeps compounds
 * and their parts ({@link DecompoundMode#MIXED}); queries are split into parts
 * ({@link DecompoundMode#DISCARD}), so both spellings of a compound find each other. Before Nori, amounts and
 * units, and acronyms read in Hangul, are written one way ({@link WrittenForms}), so 2조5000억원 and 2.5조 원 are
 * one term, and so are 유에이엠 and UAM.
 */
final class KoreanAnalyzers {

	static final String SUGGEST_FIELD = "suggest";

	private final Analyzer index;

	private final Analyzer query;

	KoreanAnalyzers(UserDictionary dictionary) {
		Analyzer korean = korean(dictionary, DecompoundMode.MIXED);
		this.index = new PerFieldAnalyzerWrapper(korean,
				Map.of(SUGGEST_FIELD, prefixes(), ArticleDocuments.WORDS, surfaceWords(), ArticleDocuments.JAMO, jamoWords()));
		this.query = korean(dictionary, DecompoundMode.DISCARD);
	}

	Analyzer index() {
		return index;
	}

	Analyzer query() {
		return query;
	}

	/** The distinct terms a query text means, in order; empty for text with nothing searchable. */
	List<String> queryTerms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = query.tokenStream("body", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < 32) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArrayList<>(terms);
	}

	/**
	 * The distinct terms a query text means, in order, each with the text it was read from: {@code 北} is read
	 * {@code 북}, {@code 설립했다} is {@code 설립}. Empty for text with nothing searchable.
	 */
	List<QueryReading.Token> queryTokens(String text) {
		Set<String> seen = new LinkedHashSet<>();
		List<QueryReading.Token> tokens = new ArrayList<>();
		try (TokenStream stream = query.tokenStream("body", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken() && seen.size() < 32) {
				if (seen.add(term.toString())) {
					int start = Math.min(offset.startOffset(), text.length());
					int end = Math.max(start, Math.min(offset.endOffset(), text.length()));
					tokens.add(new QueryReading.Token(text.substring(start, end), term.toString()));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static Analyzer korean(UserDictionary dictionary, DecompoundMode mode) {
		return new Analyzer() {
			@Override
			protected Reader initReader(String field, Reader reader) {
				return new WrittenForms(reader);
			}

			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dictionary, mode,
						false, true);
				TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer,
						KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
				stream = new KoreanReadingFormFilter(stream);
				stream = new LowerCaseFilter(stream);
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

	private static Analyzer surfaceWords() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
				return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
			}
		};
	}

	// Words as written, and without their particle, spelled in jamo: what typos are corrected against.
	private static Analyzer jamoWords() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
				return new TokenStreamComponents(tokenizer, new HangulJamo.Filter(new LowerCaseFilter(tokenizer)));
			}
		};
	}

	// Autocomplete matches what the reader has typed so far against the start of any word of a headline or
	// tag, including the particle a word carries (법인 finds 법인을). Words are runs of letters and digits, so
	// quotes and ellipses in headlines (…“리튬) do not hide the word behind them.
	private static Analyzer prefixes() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
				TokenStream stream = new LowerCaseFilter(tokenizer);
				stream = new EdgeNGramTokenFilter(stream, 1, 20, true);
				return new TokenStreamComponents(tokenizer, stream);
			}
		};
	}

}

package kr.sinmun.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.ko.dict.UserDictionary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's words, stored in PostgreSQL and turned into a Nori user dictionary. */
@Repository
class SearchDictionary {

	private final JdbcClient jdbc;

	SearchDictionary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DictionaryWord> words() {
		return jdbc.sql("SELECT word, segmentation FROM search_words ORDER BY word")
			.query((rs, n) -> new DictionaryWord(rs.getString("word"), rs.getString("segmentation")))
			.list();
	}

	boolean add(DictionaryWord word) {
		return jdbc.sql("""
				INSERT INTO search_words (word, segmentation) VALUES (:word, :segmentation)
				ON CONFLICT (word) DO UPDATE SET segmentation = EXCLUDED.segmentation""")
			.param("word", word.word())
			.param("segmentation", word.segmentation())
			.update() == 1;
	}

	boolean remove(String word) {
		return jdbc.sql("DELETE FROM search_words WHERE word = :word").param("word", word).update() == 1;
	}

	/** The user dictionary for Nori, or null when the newsroom has added no words. */
	UserDictionary userDictionary() {
		return userDictionary(words());
	}

	static UserDictionary userDictionary(List<DictionaryWord> words) {
		if (words.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (DictionaryWord word : words) {
			text.append(word.word());
			if (word.segmentation() != null && !word.segmentation().isBlank()) {
				text.append(' ').append(word.segmentation().strip());
			}
			text.append('\n');
		}
		try {
			return UserDictionary.open(new StringReader(text.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

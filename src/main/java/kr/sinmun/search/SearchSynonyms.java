package kr.sinmun.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The synonym dictionary's entries, stored in PostgreSQL ({@code search_synonyms}). */
@Repository
class SearchSynonyms {

	private final JdbcClient jdbc;

	SearchSynonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SynonymEntry> all() {
		return jdbc.sql("SELECT id, kind, words, expands_to FROM search_synonyms ORDER BY kind, words, id")
			.query(SearchSynonyms::entry)
			.list();
	}

	Optional<SynonymEntry> find(long id) {
		return jdbc.sql("SELECT id, kind, words, expands_to FROM search_synonyms WHERE id = :id")
			.param("id", id)
			.query(SearchSynonyms::entry)
			.optional();
	}

	/** Stores a new entry and returns it with its id; fails with {@link DuplicateSynonymException}. */
	SynonymEntry add(SynonymEntry entry) {
		try {
			long id = jdbc.sql("""
					INSERT INTO search_synonyms (kind, words, expands_to, entry_key)
					VALUES (:kind, :words, :expandsTo, :key) RETURNING id""")
				.param("kind", entry.kind().name())
				.param("words", String.join(", ", entry.words()))
				.param("expandsTo", entry.expandsTo().isEmpty() ? null : String.join(", ", entry.expandsTo()))
				.param("key", entry.key())
				.query(Long.class)
				.single();
			return new SynonymEntry(id, entry.kind(), entry.words(), entry.expandsTo());
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateSynonymException(entry);
		}
	}

	/** Replaces an entry; false when there is no such entry. */
	boolean replace(long id, SynonymEntry entry) {
		try {
			return jdbc.sql("""
					UPDATE search_synonyms SET kind = :kind, words = :words, expands_to = :expandsTo, entry_key = :key,
					  updated_at = now() WHERE id = :id""")
				.param("id", id)
				.param("kind", entry.kind().name())
				.param("words", String.join(", ", entry.words()))
				.param("expandsTo", entry.expandsTo().isEmpty() ? null : String.join(", ", entry.expandsTo()))
				.param("key", entry.key())
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateSynonymException(entry);
		}
	}

	boolean remove(long id) {
		return jdbc.sql("DELETE FROM search_synonyms WHERE id = :id").param("id", id).update() == 1;
	}

	private static SynonymEntry entry(ResultSet rs, int row) throws SQLException {
		return new SynonymEntry(rs.getLong("id"), SynonymEntry.Kind.valueOf(rs.getString("kind")),
				SynonymEntry.split(rs.getString("words")), SynonymEntry.split(rs.getString("expands_to")));
	}

}

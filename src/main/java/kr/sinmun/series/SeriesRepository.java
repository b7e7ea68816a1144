package kr.sinmun.series;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code series} table. */
@Repository
class SeriesRepository {

	private static final String COLUMNS = "SELECT id, slug, name, description, active FROM series";

	private final JdbcClient jdbc;

	SeriesRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Series> findAll() {
		return jdbc.sql(COLUMNS + " ORDER BY active DESC, name, id").query(SeriesRepository::series).list();
	}

	Optional<Series> findBySlug(String slug) {
		return jdbc.sql(COLUMNS + " WHERE slug = :slug").param("slug", slug).query(SeriesRepository::series).optional();
	}

	Optional<Series> findById(int id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(SeriesRepository::series).optional();
	}

	int insert(String slug, String name, String description, boolean active) {
		return jdbc.sql("INSERT INTO series (slug, name, description, active) VALUES (:slug, :name, :description, :active) RETURNING id")
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.param("active", active)
			.query(Integer.class)
			.single();
	}

	boolean update(int id, String slug, String name, String description, boolean active) {
		return jdbc.sql("UPDATE series SET slug = :slug, name = :name, description = :description, active = :active WHERE id = :id")
			.param("id", id)
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.param("active", active)
			.update() == 1;
	}

	private static Series series(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Series(rs.getInt("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getBoolean("active"));
	}

}

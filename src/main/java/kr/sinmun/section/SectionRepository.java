package kr.sinmun.section;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SectionRepository {

	private final JdbcClient jdbc;

	SectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Section> findAll() {
		return jdbc.sql("SELECT id, slug, name, position, in_menu FROM sections ORDER BY position, id")
			.query((rs, n) -> new Section(rs.getInt("id"), rs.getString("slug"), rs.getString("name"),
					rs.getInt("position"), rs.getBoolean("in_menu")))
			.list();
	}

}

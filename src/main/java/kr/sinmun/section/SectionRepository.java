package kr.sinmun.section;

import java.sql.Types;
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
		return jdbc.sql("SELECT id, slug, name, position, in_menu, parent_id FROM sections ORDER BY position, id")
			.query((rs, n) -> new Section(rs.getInt("id"), rs.getString("slug"), rs.getString("name"),
					rs.getInt("position"), rs.getBoolean("in_menu"), (Integer) rs.getObject("parent_id")))
			.list();
	}

	int insert(String slug, String name, int position, boolean inMenu, Integer parentId) {
		return jdbc.sql("""
				INSERT INTO sections (slug, name, position, in_menu, parent_id)
				VALUES (:slug, :name, :position, :inMenu, :parent) RETURNING id""")
			.param("parent", parentId, Types.INTEGER)
			.param("slug", slug)
			.param("name", name)
			.param("position", position)
			.param("inMenu", inMenu)
			.query(Integer.class)
			.single();
	}

	boolean update(int id, String slug, String name, int position, boolean inMenu, Integer parentId) {
		return jdbc.sql("""
				UPDATE sections SET slug = :slug, name = :name, position = :position, in_menu = :inMenu, parent_id = :parent
				WHERE id = :id""")
			.param("parent", parentId, Types.INTEGER)
			.param("id", id)
			.param("slug", slug)
			.param("name", name)
			.param("position", position)
			.param("inMenu", inMenu)
			.update() == 1;
	}

}

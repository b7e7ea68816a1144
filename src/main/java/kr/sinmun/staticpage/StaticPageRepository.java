package kr.sinmun.staticpage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaticPageRepository {

	private final JdbcClient jdbc;

	StaticPageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StaticPage> findAll() {
		return jdbc.sql("SELECT slug, title, body_html, position, updated_at FROM static_pages ORDER BY position")
			.query((rs, n) -> new StaticPage(rs.getString("slug"), rs.getString("title"), rs.getString("body_html"),
					rs.getInt("position"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	boolean update(String slug, String title, String bodyHtml, java.time.Instant now) {
		return jdbc.sql("UPDATE static_pages SET title = :title, body_html = :body, updated_at = :now WHERE slug = :slug")
			.param("slug", slug)
			.param("title", title)
			.param("body", bodyHtml)
			.param("now", java.sql.Timestamp.from(now))
			.update() == 1;
	}

}

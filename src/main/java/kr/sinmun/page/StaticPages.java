package kr.sinmun.page;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The static pages, read from the database and held in memory: they are linked from every footer. */
@Service
public class StaticPages {

	private final JdbcClient jdbc;

	private volatile List<StaticPage> pages;

	StaticPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
		reload();
	}

	public List<StaticPage> all() {
		return pages;
	}

	public Optional<StaticPage> bySlug(String slug) {
		return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	public void reload() {
		pages = jdbc.sql("SELECT slug, title, body_html, position, updated_at FROM static_pages ORDER BY position")
			.query((rs, n) -> new StaticPage(rs.getString("slug"), rs.getString("title"), rs.getString("body_html"),
					rs.getInt("position"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

}

package kr.sinmun.page;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The static pages, read from the database and held in memory: they are linked from every footer. */
@Service
public class StaticPages {

	private final StaticPageRepository repository;

	private volatile List<StaticPage> pages;

	StaticPages(StaticPageRepository repository) {
		this.repository = repository;
		reload();
	}

	public List<StaticPage> all() {
		return pages;
	}

	public Optional<StaticPage> bySlug(String slug) {
		return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	public void reload() {
		pages = repository.findAll();
	}

}

package kr.sinmun.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles as episodes of a series (연재). An article knows its series only by id, as it knows its section; the
 * {@code series} module names them, and says which series an article may join. Readers see only visible
 * episodes, numbered by publication time.
 */
@Service
public class SeriesEpisodes {

	private final EpisodeRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SeriesEpisodes(EpisodeRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The series the article is in, whatever its state; empty when none or when there is no such article. (An
	 * {@link ArticleDetail} carries it too, as {@link ArticleDetail#seriesId()}.)
	 */
	public Optional<Integer> seriesOf(long articleId) {
		return repository.placement(articleId, clock.instant()).map(EpisodeRepository.Placement::seriesId);
	}

	/**
	 * Puts the article in a series ({@code null}: in none). A visible article's change is announced with
	 * {@link ArticleSeriesChanged}, inside this transaction; one readers cannot see yet is announced when it is
	 * published.
	 * @throws ArticleNotFoundException for an unknown article
	 */
	@Transactional
	public void place(long articleId, Integer seriesId) {
		EpisodeRepository.Placement before = repository.placement(articleId, clock.instant())
			.orElseThrow(() -> new ArticleNotFoundException(articleId));
		if (Objects.equals(before.seriesId(), seriesId)) {
			return;
		}
		repository.setSeries(articleId, seriesId);
		if (before.visible()) {
			events.publishEvent(new ArticleSeriesChanged(articleId, before.seriesId(), seriesId));
		}
	}

	/** One page (1-based) of a series' visible episodes, newest first, with their numbers. */
	public ArticlePage<Episode> episodes(int seriesId, int page, int size) {
		Instant now = clock.instant();
		long total = repository.count(now, seriesId);
		List<Episode> items = (page - 1L) * size >= total ? List.of()
				: repository.newest(now, seriesId, size, (page - 1) * size);
		return new ArticlePage<>(items, total, page, size);
	}

	/**
	 * What an episode's page shows of its series, in one query: its number and the newest {@code limit}
	 * episodes; empty when the article is not a visible episode of that series.
	 */
	public Optional<EpisodeBox> box(long articleId, int seriesId, int limit) {
		return repository.box(clock.instant(), articleId, seriesId, limit);
	}

}

package kr.sinmun.staticpage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The footer's pages: found by their slug, edited through the same allow-list as articles, and announced when
 * they change so that cached pages follow.
 */
class StaticPagesTests {

	private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

	private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

	private final StoredPages stored = new StoredPages(List.of(
			new StaticPage("privacy", "개인정보처리방침", "<p>개인정보</p>", 2, CREATED),
			new StaticPage("about", "회사소개", "<p>소개</p>", 1, CREATED)));

	private final List<Object> events = new ArrayList<>();

	private final StaticPages pages = new StaticPages(stored, Clock.fixed(NOW, ZoneOffset.UTC), events::add,
			new SimpleMeterRegistry());

	@Test
	void findsAPageByItsSlugAndNothingForAnUnknownOne() {
		assertThat(pages.bySlug("privacy")).get().extracting(StaticPage::title).isEqualTo("개인정보처리방침");
		assertThat(pages.bySlug("PRIVACY")).isEmpty();
		assertThat(pages.bySlug("missing")).isEmpty();
	}

	@Test
	void storesAnEditSanitizedAndAnnouncesWhichPageChanged() {
		StaticPage saved = pages.update("about", "  새 회사소개 ",
				"<p onclick=\"steal()\">우리는</p><script>alert(1)</script><p>신문입니다</p>");

		assertThat(saved.title()).isEqualTo("새 회사소개");
		assertThat(saved.bodyHtml()).contains("우리는", "신문입니다").doesNotContain("script", "onclick", "alert");
		assertThat(saved.updatedAt()).isEqualTo(NOW);
		assertThat(pages.bySlug("about")).contains(saved);
		assertThat(events).containsExactly(new StaticPageChanged("about"));
	}

	@Test
	void refusesToEditAPageThatDoesNotExistAndAnnouncesNothing() {
		assertThatExceptionOfType(NoSuchElementException.class)
			.isThrownBy(() -> pages.update("missing", "제목", "<p>본문</p>"));
		assertThat(events).isEmpty();
	}

	@Test
	void announcesOnlyThePageThatChangedBehindItsBack() {
		pages.reconcile();
		assertThat(events).isEmpty();

		stored.update("privacy", "개정된 개인정보처리방침", "<p>개정</p>", NOW);
		pages.reconcile();

		assertThat(events).containsExactly(new StaticPageChanged("privacy"));
		assertThat(pages.bySlug("privacy")).get().extracting(StaticPage::title).isEqualTo("개정된 개인정보처리방침");
	}

	/** The static_pages table as a list, ordered by position as the real one is read. */
	private static final class StoredPages extends StaticPageRepository {

		private final List<StaticPage> rows;

		StoredPages(List<StaticPage> rows) {
			super(null);
			this.rows = new ArrayList<>(rows);
		}

		@Override
		List<StaticPage> findAll() {
			return rows.stream().sorted(Comparator.comparingInt(StaticPage::position)).toList();
		}

		@Override
		boolean update(String slug, String title, String bodyHtml, Instant now) {
			for (int i = 0; i < rows.size(); i++) {
				StaticPage row = rows.get(i);
				if (row.slug().equals(slug)) {
					rows.set(i, new StaticPage(slug, title, bodyHtml, row.position(), now));
					return true;
				}
			}
			return false;
		}

	}

}

package kr.sinmun.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Views a test places at chosen hours, written by the same SQL the ranking's flush runs (article, hour and
 * referrer rows and both roll-ups). {@link #close()} takes back what was added to the site-wide hours; the
 * article rows go with the test's articles when it deletes them.
 */
public final class ViewHistory implements AutoCloseable {

	private final ViewRepository views;

	private final JdbcTemplate jdbc;

	private final List<Object[]> added = new ArrayList<>();

	public ViewHistory(ApplicationContext context) {
		this.views = context.getBean(ViewRepository.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
	}

	/** {@code views} views of one article in the hour starting at {@code hour}, from one class of referrer. */
	public ViewHistory add(Instant hour, long articleId, Referrer referrer, long count) {
		views.add(hour, Map.of(new ViewRepository.ViewKey(articleId, referrer), count));
		added.add(new Object[] { count, java.sql.Timestamp.from(hour), referrer.code() });
		return this;
	}

	@Override
	public void close() {
		jdbc.batchUpdate("UPDATE site_views_hourly SET views = views - ? WHERE hour = ? AND referrer = ?", added);
		jdbc.update("DELETE FROM site_views_hourly WHERE views <= 0");
	}

}

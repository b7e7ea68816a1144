package kr.sinmun.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.sinmun.article.ArticlePublished;
import kr.sinmun.article.ArticleUnpublished;
import kr.sinmun.frontpage.FrontPageChanged;
import kr.sinmun.page.StaticPageChanged;
import kr.sinmun.publisher.SiteSettingsChanged;
import kr.sinmun.section.SectionsChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes this node's changes to {@code change_log} (inside their transactions, so a rolled-back change is
 * never announced) and follows the other nodes' changes: woken by {@code LISTEN sinmun_changes}, and every
 * few seconds regardless, so a lost notification or a dropped connection delays a node by seconds at most.
 */
@Component
class ChangeLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

	static final String CHANNEL = "sinmun_changes";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final String node = UUID.randomUUID().toString();

	private volatile long seen;

	private volatile boolean running;

	private Thread listener;

	ChangeLog(JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.events = events;
	}

	@EventListener
	void on(ArticlePublished event) {
		record("ARTICLE_PUBLISHED", event.articleId(), event.sectionId(), null);
	}

	@EventListener
	void on(ArticleUnpublished event) {
		record("ARTICLE_UNPUBLISHED", event.articleId(), event.sectionId(), null);
	}

	@EventListener
	void on(FrontPageChanged event) {
		record("FRONT_PAGE", null, null, event.slot().name());
	}

	@EventListener
	void on(StaticPageChanged event) {
		record("STATIC_PAGE", null, null, event.slug());
	}

	@EventListener
	void on(SectionsChanged event) {
		record("SITE", null, null, "sections");
	}

	@EventListener
	void on(SiteSettingsChanged event) {
		record("SITE", null, null, "settings");
	}

	private void record(String kind, Long articleId, Integer sectionId, String detail) {
		jdbc.sql("""
				INSERT INTO change_log (kind, article_id, section_id, detail, origin) VALUES (:kind, :article, :section,
				  :detail, :origin)""")
			.param("kind", kind)
			.param("article", articleId)
			.param("section", sectionId)
			.param("detail", detail)
			.param("origin", node)
			.update();
		// Delivered when the transaction commits, and not at all if it rolls back.
		jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :kind)").param("kind", kind).query().singleValue();
	}

	/** Replays what other nodes changed since the last look. */
	@Scheduled(fixedDelayString = "${sinmun.cluster.poll:5s}")
	synchronized void catchUp() {
		List<Row> rows = jdbc.sql("SELECT id, kind, article_id, section_id, detail, origin FROM change_log WHERE id > :seen ORDER BY id")
			.param("seen", seen)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("kind"), (Long) rs.getObject("article_id"),
					(Integer) rs.getObject("section_id"), rs.getString("detail"), rs.getString("origin")))
			.list();
		for (Row row : rows) {
			if (!row.origin().equals(node)) {
				events.publishEvent(new RemoteChange(row.kind(), row.articleId(), row.sectionId(), row.detail()));
			}
			seen = row.id();
		}
	}

	@Scheduled(fixedDelayString = "PT1H")
	void prune() {
		jdbc.sql("DELETE FROM change_log WHERE at < now() - interval '1 day'").update();
	}

	// A dedicated connection that only listens; on any failure it reconnects and catches up from the table.
	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
				PGConnection pg = connection.unwrap(PGConnection.class);
				catchUp();
				while (running) {
					PGNotification[] notifications = pg.getNotifications(1000);
					if (notifications != null && notifications.length > 0) {
						catchUp();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("변경 알림 연결이 끊겼습니다. 다시 연결합니다: {}", ex.getMessage());
					sleep(Duration.ofSeconds(2));
				}
			}
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		// A starting node has empty caches and reconciles its search index itself: it follows from here on.
		seen = jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log").query(Long.class).single();
		running = true;
		listener = new Thread(this::listen, "change-listener");
		listener.setDaemon(true);
		listener.start();
	}

	@Override
	public void stop() {
		running = false;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private record Row(long id, String kind, Long articleId, Integer sectionId, String detail, String origin) {
	}

}

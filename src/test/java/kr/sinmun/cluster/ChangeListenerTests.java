package kr.sinmun.cluster;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

import kr.sinmun.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listening connection when the network between a node and PostgreSQL silently stops carrying it: no
 * error, no closed socket, just no more notifications.
 */
class ChangeListenerTests {

	private static final String CHANNEL = "listener_test";

	private static EmbeddedPostgres embedded;

	private static String host;

	private static int port;

	private static String database;

	private static String user;

	private static String password;

	@BeforeAll
	static void database() throws Exception {
		if (TestDatabase.external()) {
			URI url = URI.create(System.getenv("SINMUN_TEST_DB_URL").substring("jdbc:".length()));
			host = url.getHost();
			port = url.getPort() < 0 ? 5432 : url.getPort();
			database = url.getPath().substring(1);
			user = envOr("SINMUN_TEST_DB_USER", "postgres");
			password = envOr("SINMUN_TEST_DB_PASSWORD", "");
		}
		else {
			Path data = Files.createTempDirectory(Path.of("target"), "pg-listener").toAbsolutePath();
			embedded = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
			host = "127.0.0.1";
			port = embedded.getPort();
			database = "postgres";
			user = "postgres";
			password = "";
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (embedded != null) {
			embedded.close();
		}
	}

	@Test
	void detectsAHungListeningConnectionReconnectsAndLogsTheOutageOnce() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(ChangeListener.class);
		ListAppender<ILoggingEvent> logs = new ListAppender<>();
		logs.start();
		logger.addAppender(logs);
		AtomicInteger looks = new AtomicInteger();
		try (FreezingProxy proxy = new FreezingProxy(host, port)) {
			PGSimpleDataSource viaProxy = new PGSimpleDataSource();
			viaProxy.setURL("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
			viaProxy.setUser(user);
			viaProxy.setPassword(password);
			// Polling is an hour away: only notifications (and the look after a reconnect) wake it here.
			ChangeListener listener = new ChangeListener(viaProxy, CHANNEL, Duration.ofMillis(300),
					Duration.ofMillis(500), () -> {
						looks.incrementAndGet();
						return Duration.ofHours(1);
					});
			listener.start();
			try {
				Awaitility.await().atMost(Duration.ofSeconds(10)).until(listener::connected);
				int afterConnect = looks.get();
				notifyChannel();
				Awaitility.await("알림으로 깨어남").atMost(Duration.ofSeconds(5)).until(() -> looks.get() > afterConnect);

				proxy.freeze();
				int beforeOutage = looks.get();
				notifyChannel();
				// The frozen connection would never deliver it; a new connection reads what was missed.
				Awaitility.await("멈춘 연결을 알아채고 다시 연결")
					.atMost(Duration.ofSeconds(10))
					.until(() -> listener.outages() == 1 && listener.connected() && looks.get() > beforeOutage);
				int afterReconnect = looks.get();
				notifyChannel();
				Awaitility.await("새 연결로 알림을 받음").atMost(Duration.ofSeconds(5)).until(() -> looks.get() > afterReconnect);

				assertThat(logs.list.stream().filter(event -> event.getLevel() == Level.WARN)).hasSize(1);
				assertThat(logs.list.stream().filter(event -> event.getLevel() == Level.INFO)
					.map(ILoggingEvent::getFormattedMessage)).singleElement().asString().contains("다시 열었습니다");
			}
			finally {
				listener.stop();
				logger.detachAppender(logs);
			}
		}
	}

	private static void notifyChannel() throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database,
				user, password); Statement statement = connection.createStatement()) {
			statement.execute("NOTIFY " + CHANNEL);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}

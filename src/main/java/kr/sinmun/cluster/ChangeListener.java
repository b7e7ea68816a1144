package kr.sinmun.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one connection listening on the change channel and calls {@code look} whenever a notification
 * arrives, and also when the time {@code look} last asked for has passed.
 * <p>
 * A listening connection can hang without an error: a firewall or NAT that forgets the flow leaves the socket
 * open and silent, and notifications simply stop. So the connection proves it is alive with {@code SELECT 1}
 * every {@code check}, and every read on it gives up after {@code timeout} (the socket's network timeout); a
 * failed check closes it and a new one is opened. An outage is logged once when it starts and once when it
 * ends. While there is no listening connection, {@code look} still runs on its own schedule, so changes keep
 * arriving by polling.
 */
final class ChangeListener {

	private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

	private static final Duration RECONNECT = Duration.ofSeconds(1);

	private final DataSource source;

	private final String channel;

	private final Duration check;

	private final Duration timeout;

	private final Supplier<Duration> look;

	private final AtomicLong outages = new AtomicLong();

	private volatile boolean running;

	private volatile boolean connected;

	private Thread thread;

	/** {@code look} reads what changed and returns how long to wait before looking again unprompted. */
	ChangeListener(DataSource source, String channel, Duration check, Duration timeout, Supplier<Duration> look) {
		this.source = source;
		this.channel = channel;
		this.check = check;
		this.timeout = timeout;
		this.look = look;
	}

	void start() {
		running = true;
		thread = new Thread(this::run, "change-listener");
		thread.setDaemon(true);
		thread.start();
	}

	void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(timeout.toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	boolean connected() {
		return connected;
	}

	/** How many times the listening connection was lost (or never came up) since start. */
	long outages() {
		return outages.get();
	}

	private void run() {
		long outageStarted = 0;
		long nextLook = 0;
		while (running) {
			try (Connection connection = source.getConnection()) {
				// Every read on this socket, the check's included, gives up after the timeout instead of hanging.
				connection.setNetworkTimeout(Runnable::run, (int) timeout.toMillis());
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + channel);
				}
				connected = true;
				if (outageStarted != 0) {
					log.info("변경 알림 연결을 다시 열었습니다 ({}초 끊겼음)", (System.nanoTime() - outageStarted) / 1_000_000_000L);
					outageStarted = 0;
				}
				// Whatever happened while nobody listened is read now.
				nextLook = System.nanoTime() + look.get().toNanos();
				listen(connection, nextLook);
			}
			catch (SQLException | RuntimeException ex) {
				connected = false;
				if (!running) {
					break;
				}
				if (outageStarted == 0) {
					outageStarted = System.nanoTime();
					outages.incrementAndGet();
					log.warn("변경 알림 연결이 끊겼습니다. 다시 여는 동안에도 주기적으로 변경을 읽습니다: {}", ex.toString());
				}
				nextLook = waitWithoutListening(nextLook);
			}
		}
		connected = false;
	}

	private void listen(Connection connection, long firstLook) throws SQLException {
		PGConnection pg = connection.unwrap(PGConnection.class);
		long nextLook = firstLook;
		long nextCheck = System.nanoTime() + check.toNanos();
		while (running) {
			long now = System.nanoTime();
			long wait = Math.max(1, Math.min(nextLook, nextCheck) - now) / 1_000_000L;
			PGNotification[] notifications = pg.getNotifications((int) Math.max(1, Math.min(wait, Integer.MAX_VALUE)));
			now = System.nanoTime();
			if ((notifications != null && notifications.length > 0) || now - nextLook >= 0) {
				nextLook = System.nanoTime() + look.get().toNanos();
			}
			if (now - nextCheck >= 0) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SELECT 1");
				}
				nextCheck = System.nanoTime() + check.toNanos();
			}
		}
	}

	// Between reconnection attempts, keep reading the feed on schedule so a node never falls far behind.
	private long waitWithoutListening(long nextLook) {
		long until = System.nanoTime() + RECONNECT.toNanos();
		long next = nextLook;
		while (running && System.nanoTime() - until < 0) {
			if (System.nanoTime() - next >= 0) {
				next = System.nanoTime() + look.get().toNanos();
			}
			sleep(Math.max(1, Math.min(until, next) - System.nanoTime()) / 1_000_000L);
		}
		return next;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(Math.max(1, millis));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

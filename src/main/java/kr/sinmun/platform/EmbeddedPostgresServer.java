package kr.sinmun.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that runs when no external database is configured. Its data stays under the data
 * directory across restarts.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer notUsed() {
		return new EmbeddedPostgresServer(null);
	}

	static EmbeddedPostgresServer start(Path dataDir) {
		stopLeftoverServer(dataDir);
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("max_connections", "60")
				// zonky starts PostgreSQL tuned for throwaway test databases (-F, synchronous_commit=off); a
				// newspaper's data must survive a power cut, so durability is switched back on (later -c wins).
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("timezone", "UTC")
				.start();
			log.info("내장 PostgreSQL 시작: {} (포트 {})", dataDir, postgres.getPort());
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("내장 PostgreSQL을 시작할 수 없습니다: " + dataDir, ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	// CASE: after `kill -9` of the JVM the postmaster it started keeps running as an orphan and holds the
	// data directory; pg_ctl would then refuse to start. Stop that server (only if the pid file names a live
	// postgres process) before starting our own. A pid file naming a dead process is left to PostgreSQL,
	// which ignores stale pid files itself.
	private static void stopLeftoverServer(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgresServer::isPostgres);
		if (leftover.isEmpty()) {
			return;
		}
		ProcessHandle process = leftover.get();
		log.warn("이전 실행에서 남은 내장 PostgreSQL(pid {})을 종료합니다.", process.pid());
		// SIGINT would be a "fast" shutdown, but ProcessHandle only offers TERM ("smart", enough here since
		// the clients died with the old JVM) and KILL as a last resort; PostgreSQL recovers from either.
		process.destroy();
		try {
			process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
			try {
				process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ignored) {
				throw new IllegalStateException("남아 있는 PostgreSQL(pid " + process.pid() + ")을 종료하지 못했습니다.");
			}
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(false);
	}

	@Override
	public void close() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

}

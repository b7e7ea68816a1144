package kr.sinmun.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL that runs when no external database is configured. Its data stays under the data
 * directory across restarts. It lets in only who knows the superuser's password: generated on the first start,
 * kept beside the cluster in a file only the application's account may read ({@code postgres.password}, mode
 * 0600), and checked with SCRAM-SHA-256 on every connection, TCP or Unix socket.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
		this.postgres = postgres;
		this.password = password;
	}

	static EmbeddedPostgresServer notUsed() {
		return new EmbeddedPostgresServer(null, null);
	}

	static EmbeddedPostgresServer start(Path dataDir) {
		stopLeftoverServer(dataDir);
		Path passwordFile = passwordFile(dataDir);
		boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
		String password;
		if (!existing) {
			password = readOrCreatePassword(passwordFile);
		}
		else if (Files.exists(passwordFile)) {
			password = readOrCreatePassword(passwordFile);
			requirePasswordsOnly(dataDir);
		}
		else {
			password = upgradeFromTrust(dataDir, passwordFile);
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				// zonky passes these maps to initdb as --key=value, after its own "-A trust": a new cluster is
				// created with the password already set and SCRAM required from its first second.
				.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", passwordFile.toString())
				// zonky's own readiness check connects too.
				.setConnectConfig("password", password)
				.setServerConfig("max_connections", "60")
				.setServerConfig("password_encryption", "scram-sha-256")
				// zonky starts PostgreSQL tuned for throwaway test databases (-F, synchronous_commit=off); a
				// newspaper's data must survive a power cut, so durability is switched back on (later -c wins).
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("timezone", "UTC")
				// zonky's own JVM shutdown hook would stop PostgreSQL at once, beside Spring's, while Tomcat's
				// graceful shutdown still finishes requests that need it: the application context closes it
				// instead, after the web server and the connection pool (close(), a bean's destroy method).
				.setRegisterShutdownHook(false)
				.start();
			log.info("내장 PostgreSQL 시작: {} (포트 {})", dataDir, postgres.getPort());
			return new EmbeddedPostgresServer(postgres, password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("내장 PostgreSQL을 시작할 수 없습니다: " + dataDir, ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	/** The superuser's password: only the application, which reads it from the owner-only file, knows it. */
	String password() {
		return password;
	}

	/** Beside the cluster, not in it: initdb wants an empty directory. */
	static Path passwordFile(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".password");
	}

	private static String readOrCreatePassword(Path file) {
		try {
			if (Files.exists(file)) {
				ownerOnly(file);
				String stored = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().findFirst().orElse("").strip();
				if (stored.isEmpty()) {
					throw new IllegalStateException("내장 PostgreSQL 비밀번호 파일이 비어 있습니다: " + file);
				}
				return stored;
			}
			String password = newPassword();
			Path written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
			ownerOnly(written);
			Files.writeString(written, password + "\n", StandardCharsets.US_ASCII);
			Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("내장 PostgreSQL 비밀번호 파일을 쓸 수 없습니다: " + file, ex);
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		// URL-safe Base64: no quote, backslash or space that a pwfile or an SQL literal would trip on.
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void ownerOnly(Path file) throws IOException {
		if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
			Files.setPosixFilePermissions(file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
	}

	// Every connection, over TCP or the Unix socket, must give the password (SCRAM-SHA-256). The same lines initdb
	// writes for "--auth=scram-sha-256", so a cluster created by this class never needs rewriting.
	private static final String PASSWORDS_ONLY = """
			# Written by Sinmun: every connection must give the password kept beside this cluster (SCRAM-SHA-256).
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	private static void requirePasswordsOnly(Path dataDir) {
		Path hba = dataDir.resolve("pg_hba.conf");
		try {
			List<String> rules = Files.readAllLines(hba, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			boolean onlyPasswords = !rules.isEmpty() && rules.stream().allMatch(line -> line.endsWith("scram-sha-256"));
			if (!onlyPasswords) {
				Path written = dataDir.resolve("pg_hba.conf.new");
				Files.writeString(written, PASSWORDS_ONLY, StandardCharsets.UTF_8);
				ownerOnly(written);
				Files.move(written, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				log.warn("내장 PostgreSQL의 접속 규칙(pg_hba.conf)을 비밀번호(SCRAM) 필수로 바꿨습니다.");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("내장 PostgreSQL 접속 규칙을 쓸 수 없습니다: " + hba, ex);
		}
	}

	/**
	 * A cluster made by an earlier Sinmun trusts every local connection and its superuser has no password. The
	 * password is set in single-user mode, with the server not listening at all, before the rules that demand it
	 * are written: at no moment does a started server accept anyone without the password. Each step can be
	 * repeated, so a start interrupted half-way finishes the upgrade the next time; the data is not touched.
	 */
	private static String upgradeFromTrust(Path dataDir, Path passwordFile) {
		log.warn("이전 버전이 만든 내장 PostgreSQL은 비밀번호 없이 접속할 수 있었습니다. 비밀번호를 만들어 설정합니다: {}", passwordFile);
		Path pending = passwordFile.resolveSibling(passwordFile.getFileName() + ".upgrade");
		String password = readOrCreatePassword(pending);
		runSingleUser(dataDir, "ALTER ROLE postgres WITH PASSWORD '" + password + "';");
		requirePasswordsOnly(dataDir);
		try {
			Files.move(pending, passwordFile, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("내장 PostgreSQL 비밀번호 파일을 옮길 수 없습니다: " + passwordFile, ex);
		}
		return password;
	}

	// The statement goes in on standard input, never on a command line another user could read in `ps`.
	private static void runSingleUser(Path dataDir, String statement) {
		List<String> command = new ArrayList<>();
		// As root, zonky runs PostgreSQL in a user namespace of its own (PostgreSQL refuses root); so do we.
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(binaries().resolve("bin").resolve("postgres").toString(), "--single", "-D",
				dataDir.toString(), "-c", "exit_on_error=true", "postgres"));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (var input = process.getOutputStream()) {
				input.write((statement + "\n").getBytes(StandardCharsets.UTF_8));
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException("내장 PostgreSQL 비밀번호를 설정하지 못했습니다 (단일 사용자 모드): "
						+ output.replace(statement, "…"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("내장 PostgreSQL을 단일 사용자 모드로 실행할 수 없습니다: " + dataDir, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// zonky unpacks its binaries once per machine and says where only inside; ask it the way it asks itself.
	// EmbeddedPostgresServerTests fails if an upgrade of zonky moves this.
	private static Path binaries() {
		try {
			Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
					File.class);
			prepare.setAccessible(true);
			return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("내장 PostgreSQL 실행 파일의 위치를 알 수 없습니다(zonky 버전 확인).", ex);
		}
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

package kr.sinmun.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database survives the worst kind of stop: the JVM killed with {@code kill -9}, leaving its
 * PostgreSQL running as an orphan that still holds the data directory. And it lets in only the application:
 * another local user who finds the port gets no further than the password.
 */
class EmbeddedPostgresServerTests {

	@Test
	void refusesAConnectionWithoutThePasswordAndKeepsThePasswordOwnerOnlyAcrossRestarts() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "pg-auth").toAbsolutePath();
		Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".password");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertRefusedWithoutPassword(server);
			try (Connection connection = connect(server, Files.readString(passwordFile).strip());
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE survivors (name text)");
				statement.execute("INSERT INTO survivors VALUES ('첫 실행')");
			}
		}
		assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(
				PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		String password = Files.readString(passwordFile);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(Files.readString(passwordFile)).as("a restart reuses the password").isEqualTo(password);
			assertRefusedWithoutPassword(server);
			assertThat(names(server)).containsExactly("첫 실행");
		}
	}

	@Test
	void upgradesADirectoryThatAnEarlierVersionLeftOpenToEveryLocalUserWithoutLosingData() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "pg-trust").toAbsolutePath();
		// What Sinmun before this change left on disk: zonky's own defaults, `trust` for every local connection.
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start(); Connection connection = earlier.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE survivors (name text)");
			statement.execute("INSERT INTO survivors VALUES ('이전 버전')");
		}

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertRefusedWithoutPassword(server);
			assertThat(names(server)).containsExactly("이전 버전");
		}
		Path passwordFile = dataDir.resolveSibling(dataDir.getFileName() + ".password");
		assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(
				PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertRefusedWithoutPassword(server);
			assertThat(names(server)).containsExactly("이전 버전");
		}
	}

	// What another account on the machine would try: psql -h 127.0.0.1 -p <port> -U postgres, no password.
	private static void assertRefusedWithoutPassword(EmbeddedPostgresServer server) {
		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl()).close())
			.as("a connection without the password").isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "guess").close())
			.as("a connection with a wrong password").isInstanceOf(SQLException.class);
	}

	@Test
	void keepsDataAndStartsAgainAfterTheJvmWasKilled() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "pg-kill").toAbsolutePath();
		runChildAndKillIt(dataDir, "첫 실행");
		assertThat(dataDir.resolve("postmaster.pid")).as("the orphaned server still holds the directory").exists();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(names(server)).containsExactly("첫 실행");
		}
		// And once more after a clean stop, to be sure the cleanup left a healthy cluster behind.
		runChildAndKillIt(dataDir, "둘째 실행");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir)) {
			assertThat(names(server)).containsExactly("첫 실행", "둘째 실행");
		}
	}

	private static void runChildAndKillIt(Path dataDir, String name) throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), dataDir.toString(), name)
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			List<String> seen = new ArrayList<>();
			while ((line = output.readLine()) != null && !line.contains("READY")) {
				seen.add(line);
			}
			assertThat(line).as("child output: %s", seen).isNotNull();
		}
		child.destroyForcibly();
		assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
	}

	private static List<String> names(EmbeddedPostgresServer server) throws Exception {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(server, server.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name FROM survivors ORDER BY name DESC")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), "postgres", password);
	}

}

package kr.sinmun.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database survives the worst kind of stop: the JVM killed with {@code kill -9}, leaving its
 * PostgreSQL running as an orphan that still holds the data directory.
 */
class EmbeddedPostgresServerTests {

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
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT name FROM survivors ORDER BY name DESC")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

}

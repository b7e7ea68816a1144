package kr.sinmun;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where tests keep their data. By default each test JVM gets a fresh data directory under {@code target/} and
 * so a fresh embedded PostgreSQL. With {@code SINMUN_TEST_DB_URL} set (CI sets it to the machine's PostgreSQL)
 * tests run on that server instead, in a schema of their own that no other run touches.
 */
public final class TestDatabase {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final Path DATA_DIR = Path.of("target", "test-data", RUN).toAbsolutePath();

	private static volatile String externalUrl;

	private TestDatabase() {
	}

	public static Path dataDir() {
		return DATA_DIR;
	}

	public static void register(DynamicPropertyRegistry registry) {
		register(registry, DATA_DIR);
	}

	/**
	 * For an {@code @ApplicationModuleTest}: the module's context gets a data directory of its own, so its
	 * embedded PostgreSQL never shares (and never stops) the one of the full application's tests.
	 */
	public static void registerModule(DynamicPropertyRegistry registry, String module) {
		register(registry, DATA_DIR.resolve("modules").resolve(module));
	}

	private static void register(DynamicPropertyRegistry registry, Path dataDir) {
		registry.add("sinmun.data-dir", dataDir::toString);
		String url = System.getenv("SINMUN_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			registry.add("sinmun.db.url", () -> externalSchemaUrl(url));
			registry.add("sinmun.db.user", () -> env("SINMUN_TEST_DB_USER", "postgres"));
			registry.add("sinmun.db.password", () -> env("SINMUN_TEST_DB_PASSWORD", ""));
		}
	}

	public static boolean external() {
		String url = System.getenv("SINMUN_TEST_DB_URL");
		return url != null && !url.isBlank();
	}

	private static synchronized String externalSchemaUrl(String url) {
		if (externalUrl == null) {
			String schema = "sinmun_test_" + RUN;
			try (Connection connection = DriverManager.getConnection(url, env("SINMUN_TEST_DB_USER", "postgres"),
					env("SINMUN_TEST_DB_PASSWORD", "")); Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA " + schema);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("테스트용 스키마를 만들 수 없습니다: " + url, ex);
			}
			externalUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}
		return externalUrl;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}

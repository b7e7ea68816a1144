package kr.sinmun.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Started in a separate JVM by {@link EmbeddedPostgresServerTests}, which then kills it with SIGKILL. */
final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS survivors (name text)");
			statement.execute("INSERT INTO survivors VALUES ('" + args[1] + "')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(120_000);
	}

}

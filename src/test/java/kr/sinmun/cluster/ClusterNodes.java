package kr.sinmun.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

import kr.sinmun.SinmunApplication;
import kr.sinmun.WebClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * More Sinmun nodes on the test's PostgreSQL, each with its own data directory, page cache and search index:
 * in this JVM as another application context.
 */
public final class ClusterNodes {

	private ClusterNodes() {
	}

	/** The settings a node needs to join the test's database and fakes, as command-line arguments. */
	public static List<String> arguments(javax.sql.DataSource pool, String kakaoUrl, Path data) {
		HikariDataSource dataSource;
		try {
			dataSource = pool.unwrap(HikariDataSource.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--sinmun.db.url=" + dataSource.getJdbcUrl(),
				"--sinmun.db.user=" + dataSource.getUsername(),
				"--sinmun.db.password=" + (dataSource.getPassword() == null ? "" : dataSource.getPassword()),
				"--sinmun.data-dir=" + data, "--sinmun.demo=false", "--sinmun.site.base-url=http://localhost",
				"--sinmun.portal.kakao.url=" + kakaoUrl, "--sinmun.portal.kakao.id=sinmun-test",
				"--sinmun.portal.kakao.key=test-kakao-key", "--sinmun.portal.interval=500ms"));
		return args;
	}

	/** Starts a node in this JVM. Command-line arguments outrank application.yml, as a deployment's would. */
	public static ConfigurableApplicationContext start(javax.sql.DataSource pool, String kakaoUrl, String... extra) {
		List<String> args = arguments(pool, kakaoUrl, newDataDirectory());
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(SinmunApplication.class).run(args.toArray(String[]::new));
	}

	public static Path newDataDirectory() {
		try {
			return Files.createTempDirectory("sinmun-node");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static WebClient web(ConfigurableApplicationContext node) {
		return new WebClient("http://localhost:" + node.getEnvironment().getProperty("local.server.port"));
	}

}

package kr.sinmun.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module may read: where data lives, whether to install demo content, and the database.
 * An empty {@code db.url} means "start the embedded PostgreSQL under the data directory".
 */
@ConfigurationProperties("sinmun")
public record SinmunProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean demo,
		String adminPassword, @DefaultValue Db db) {

	public record Db(String url, String user, String password, @DefaultValue("10") int poolSize) {

		public boolean external() {
			return url != null && !url.isBlank();
		}

	}

}

package kr.sinmun.settings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BrandFileRepository {

	private final JdbcClient jdbc;

	BrandFileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BrandLogo.BrandFile> all() {
		return jdbc.sql("SELECT name, media_type, body, hash, width, height FROM settings_brand_files")
			.query((rs, n) -> new BrandLogo.BrandFile(rs.getString("name"), rs.getString("media_type"),
					rs.getBytes("body"), rs.getString("hash"), rs.getInt("width"), rs.getInt("height")))
			.list();
	}

	/** Each file's hash by name: what the reconciliation compares, without reading the bodies. */
	Map<String, String> hashes() {
		Map<String, String> hashes = new HashMap<>();
		jdbc.sql("SELECT name, hash FROM settings_brand_files")
			.query((rs, n) -> hashes.put(rs.getString("name"), rs.getString("hash")))
			.list();
		return hashes;
	}

	void put(BrandLogo.BrandFile file, Instant now) {
		jdbc.sql("""
				INSERT INTO settings_brand_files (name, media_type, body, hash, width, height, updated_at)
				VALUES (:name, :type, :body, :hash, :width, :height, :now)
				ON CONFLICT (name) DO UPDATE SET media_type = excluded.media_type, body = excluded.body,
				  hash = excluded.hash, width = excluded.width, height = excluded.height, updated_at = excluded.updated_at""")
			.param("name", file.name())
			.param("type", file.mediaType())
			.param("body", file.body())
			.param("hash", file.hash())
			.param("width", file.width())
			.param("height", file.height())
			.param("now", Timestamp.from(now))
			.update();
	}

	void delete(List<String> names) {
		jdbc.sql("DELETE FROM settings_brand_files WHERE name IN (:names)").param("names", names).update();
	}

}

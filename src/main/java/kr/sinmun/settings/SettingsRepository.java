package kr.sinmun.settings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

	private final JdbcClient jdbc;

	SettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, String> all() {
		Map<String, String> values = new HashMap<>();
		jdbc.sql("SELECT key, value FROM site_settings").query((rs, n) -> values.put(rs.getString("key"), rs.getString("value"))).list();
		return values;
	}

	void put(String key, String value, Instant now) {
		jdbc.sql("""
				INSERT INTO site_settings (key, value, updated_at) VALUES (:key, :value, :now)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
			.param("key", key)
			.param("value", value)
			.param("now", Timestamp.from(now))
			.update();
	}

}

package kr.sinmun.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private static final String REPORTER_COLUMNS = "id, display_name, email, role, photo_url, photo_width, photo_height";

	private final JdbcClient jdbc;

	private final Clock clock;

	UserRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
	}

	long insert(NewUser user, String passwordHash) {
		return jdbc.sql("""
				INSERT INTO users (username, password_hash, display_name, email, role, bio)
				VALUES (:username, :hash, :name, :email, :role, :bio) RETURNING id""")
			.param("username", user.username())
			.param("hash", passwordHash)
			.param("name", user.displayName())
			.param("email", user.email())
			.param("role", user.role().name())
			.param("bio", user.bio())
			.query(Long.class)
			.single();
	}

	Optional<Credentials> credentials(String username) {
		return jdbc.sql("""
				SELECT id, username, password_hash, role, enabled FROM users WHERE username = :username""")
			.param("username", username)
			.query(UserRepository::credentials)
			.optional();
	}

	Optional<Credentials> credentials(long id) {
		return jdbc.sql("SELECT id, username, password_hash, role, enabled FROM users WHERE id = :id")
			.param("id", id)
			.query(UserRepository::credentials)
			.optional();
	}

	private static Credentials credentials(ResultSet rs, int row) throws SQLException {
		return new Credentials(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));
	}

	void updatePassword(long id, String hash) {
		jdbc.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
			.param("id", id)
			.param("hash", hash)
			.update();
	}

	Optional<Integer> defaultSection(long id) {
		return jdbc.sql("SELECT default_section_id FROM users WHERE id = :id AND default_section_id IS NOT NULL")
			.param("id", id)
			.query(Integer.class)
			.optional();
	}

	void updateDefaultSection(long id, Integer sectionId) {
		jdbc.sql("UPDATE users SET default_section_id = :section WHERE id = :id")
			.param("id", id)
			.param("section", sectionId)
			.update();
	}

	void updatePhoto(long id, String url, int width, int height) {
		jdbc.sql("UPDATE users SET photo_url = :url, photo_width = :width, photo_height = :height WHERE id = :id")
			.param("id", id)
			.param("url", url)
			.param("width", width)
			.param("height", height)
			.update();
	}

	// An account is shown as locked while unknown addresses have used up its attempts (LoginThrottle).
	private static final String ACCOUNT = """
			SELECT u.*, CASE WHEN a.attempts >= :limit AND a.window_start > :expired
			                 THEN a.window_start + (:window * interval '1 second') END AS locked_until
			FROM users u LEFT JOIN login_attempts a ON a.username = u.username AND a.client = ''""";

	List<Account> accounts() {
		return jdbc.sql(ACCOUNT + " ORDER BY CASE u.role WHEN 'ADMIN' THEN 0 WHEN 'EDITOR' THEN 1 ELSE 2 END, u.display_name, u.id")
			.params(lockParams())
			.query(UserRepository::account)
			.list();
	}

	Optional<Account> account(long id) {
		return jdbc.sql(ACCOUNT + " WHERE u.id = :id")
			.param("id", id)
			.params(lockParams())
			.query(UserRepository::account)
			.optional();
	}

	private Map<String, Object> lockParams() {
		Instant now = clock.instant();
		return Map.of("limit", LoginThrottle.PER_ACCOUNT, "window", LoginThrottle.WINDOW.toSeconds(),
				"expired", Timestamp.from(now.minus(LoginThrottle.WINDOW)));
	}

	boolean update(long id, AccountChange change) {
		return jdbc.sql("""
				UPDATE users SET display_name = :name, email = :email, role = :role, enabled = :enabled, bio = :bio
				WHERE id = :id""")
			.param("id", id)
			.param("name", change.displayName())
			.param("email", change.email())
			.param("role", change.role().name())
			.param("enabled", change.enabled())
			.param("bio", change.bio())
			.update() == 1;
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getString("bio"), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant());
	}

	Optional<Reporter> reporter(long id) {
		return jdbc.sql("SELECT " + REPORTER_COLUMNS + " FROM users WHERE id = :id")
			.param("id", id)
			.query(UserRepository::reporter)
			.optional();
	}

	Optional<ReporterProfile> profile(long id) {
		return jdbc.sql("SELECT id, display_name, email, bio, photo_url, photo_width, photo_height FROM users WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new ReporterProfile(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getString("bio"), rs.getString("photo_url"), (Integer) rs.getObject("photo_width"),
					(Integer) rs.getObject("photo_height")))
			.optional();
	}

	Optional<Reporter> reporterByName(String displayName) {
		return jdbc.sql("SELECT " + REPORTER_COLUMNS + " FROM users WHERE display_name = :name ORDER BY id LIMIT 1")
			.param("name", displayName)
			.query(UserRepository::reporter)
			.optional();
	}

	List<Reporter> reporters(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + REPORTER_COLUMNS + " FROM users WHERE id IN (:ids)")
			.param("ids", ids)
			.query(UserRepository::reporter)
			.list();
	}

	private static Reporter reporter(ResultSet rs, int row) throws SQLException {
		String photo = rs.getString("photo_url");
		return new Reporter(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")),
				photo == null ? null : new Reporter.Photo(photo, rs.getInt("photo_width"), rs.getInt("photo_height")));
	}

	record Credentials(long id, String username, String passwordHash, Role role, boolean enabled) {
	}

}

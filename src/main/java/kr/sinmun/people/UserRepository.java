package kr.sinmun.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	private static final String REPORTER_COLUMNS = "id, display_name, email, role";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return jdbc.sql("SELECT id, username, password_hash, role, enabled FROM users WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getBoolean("enabled")))
			.optional();
	}

	Optional<Reporter> reporter(long id) {
		return jdbc.sql("SELECT " + REPORTER_COLUMNS + " FROM users WHERE id = :id")
			.param("id", id)
			.query(UserRepository::reporter)
			.optional();
	}

	Optional<ReporterProfile> profile(long id) {
		return jdbc.sql("SELECT id, display_name, email, bio FROM users WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new ReporterProfile(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getString("bio")))
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
		return new Reporter(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")));
	}

	record Credentials(long id, String username, String passwordHash, Role role, boolean enabled) {
	}

}

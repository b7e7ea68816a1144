package kr.sinmun.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import kr.sinmun.article.ArticleViewer;
import kr.sinmun.people.PasswordChanged;
import kr.sinmun.people.Role;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issues, checks and revokes bearer tokens. The token is shown once; only its hash is kept. */
@Repository
class ApiTokens {

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApiProperties properties;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, ApiProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	IssuedToken issue(long userId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = clock.instant().plus(properties.tokenTtl());
		jdbc.sql("INSERT INTO api_tokens (user_id, token_hash, expires_at) VALUES (:user, :hash, :expires)")
			.param("user", userId)
			.param("hash", hash(token))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The user a valid, unexpired token belongs to. */
	Optional<TokenOwner> owner(String token) {
		return jdbc.sql("""
				SELECT u.id, u.username, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.token_hash = :hash AND t.expires_at > :now AND u.enabled""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new TokenOwner(rs.getLong("id"), rs.getString("username"),
					Role.valueOf(rs.getString("role"))))
			.optional();
	}

	/**
	 * A token stands for the password it was issued against: a new password, by the user or by an
	 * administrator's reset, ends every token of the account, in the same transaction as the change.
	 */
	@EventListener
	void revokeOnPasswordChange(PasswordChanged changed) {
		jdbc.sql("DELETE FROM api_tokens WHERE user_id = :user").param("user", changed.userId()).update();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

	record TokenOwner(long userId, String username, Role role) {

		ArticleViewer viewer() {
			return ArticleViewer.of(userId, role);
		}

	}

}

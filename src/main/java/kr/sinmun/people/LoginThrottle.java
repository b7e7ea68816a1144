package kr.sinmun.people;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits password guessing, following OWASP's Authentication Cheat Sheet (login throttling, account lockout
 * that cannot be turned against the account's owner):
 * <ul>
 * <li>at most {@value #PER_CLIENT} wrong passwords per account and client address in a {@link #WINDOW}: an
 * attacker locks out only their own address, never the reporter on another;</li>
 * <li>at most {@value #PER_ACCOUNT} attempts per account in a window from addresses the account does not know
 * (none logged in to it in the last {@link #REMEMBERED}): guessing from many addresses is bounded too, while
 * a reporter at a known address is never held back by it.</li>
 * </ul>
 * An attempt is reserved before its password is checked, and the check happens only when the reservation is
 * within the limits, so no number of parallel requests gets more guesses. Counts live in PostgreSQL, so they
 * hold across nodes and restarts. The newsroom's login form, the API's token endpoint and the current-password
 * check of the password page all go through here.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	static final int PER_CLIENT = 5;

	static final int PER_ACCOUNT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration REMEMBERED = Duration.ofDays(30);

	private final LoginAttempts attempts;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	LoginThrottle(LoginAttempts attempts, Clock clock, PlatformTransactionManager transactions) {
		this.attempts = attempts;
		this.clock = clock;
		// A reservation is committed at once, whatever transaction the caller is in: a guess that was let through
		// must stay counted even if the caller's work rolls back, and other nodes must see it immediately.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether one more password for {@code username} from {@code address} may be checked now; counts it if so. */
	boolean reserve(String username, String address) {
		String account = account(username);
		String client = client(address);
		Instant now = clock.instant();
		Instant expired = now.minus(WINDOW);
		Boolean allowed = ownTransaction.execute(status -> {
			LoginAttempts.Counted fromClient = attempts.reserve(account, client, now, expired);
			if (fromClient.attempts() > PER_CLIENT) {
				return false;
			}
			boolean known = fromClient.lastSuccess() != null && fromClient.lastSuccess().isAfter(now.minus(REMEMBERED));
			return known
					|| attempts.reserve(account, LoginAttempts.UNKNOWN_CLIENTS, now, expired).attempts() <= PER_ACCOUNT;
		});
		if (!Boolean.TRUE.equals(allowed)) {
			log.warn("로그인 시도 제한: 계정 '{}', 주소 {}", account, client);
		}
		return Boolean.TRUE.equals(allowed);
	}

	/** The password was right: this client's count starts again and the account knows the client. */
	void succeeded(String username, String address) {
		attempts.succeeded(account(username), client(address), clock.instant());
	}

	/** An administrator set a new password: every count of the account is lifted. */
	void forgive(String username) {
		attempts.forgive(account(username));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetOldAttempts() {
		Instant now = clock.instant();
		attempts.forget(now.minus(WINDOW), now.minus(REMEMBERED));
	}

	// User names are stored as typed, so an unknown name is throttled exactly like a real one.
	private static String account(String username) {
		String name = username == null ? "" : username.replace('\0', '\uFFFD');
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	/**
	 * The client as throttling counts it: an IPv4 address, or an IPv6 /64 network, since one subscriber holds a
	 * whole /64 and could otherwise take a new address for every guess.
	 */
	static String client(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		String literal = address.strip();
		if (!literal.contains(":")) {
			return literal.length() > 64 ? literal.substring(0, 64) : literal;
		}
		try {
			// A literal with ':' is parsed as an address, never looked up as a host name.
			byte[] bytes = InetAddress.getByName(literal.startsWith("[") ? literal : "[" + literal + "]").getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return literal.length() > 64 ? literal.substring(0, 64) : literal;
		}
	}

}

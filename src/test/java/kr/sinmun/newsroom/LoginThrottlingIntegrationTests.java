package kr.sinmun.newsroom;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.people.AccountChange;
import kr.sinmun.people.People;
import kr.sinmun.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing against the newsroom, as an attacker would try it: in parallel, through the password-change
 * page, and to lock a reporter out. Each test comes from its own client addresses (documentation ranges, sent as
 * {@code X-Forwarded-For} through the trusted loopback proxy) and uses its own account, so tests do not share
 * a throttle.
 */
class LoginThrottlingIntegrationTests extends IntegrationTest {

	@Autowired
	People people;

	@Autowired
	ConfigurableApplicationContext context;

	// How many times a password was actually compared, per user name: Spring Security announces each wrong one.
	private final Map<String, AtomicInteger> passwordChecks = new java.util.concurrent.ConcurrentHashMap<>();

	private final ApplicationListener<AuthenticationFailureBadCredentialsEvent> counter = event -> passwordChecks
		.computeIfAbsent(event.getAuthentication().getName(), name -> new AtomicInteger())
		.incrementAndGet();

	@BeforeEach
	void countPasswordChecks() {
		context.addApplicationListener(counter);
	}

	@AfterEach
	void stopCounting() {
		context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(counter);
	}

	private String account(String username) {
		NewsroomFixtures.user(people, username, username, Role.REPORTER);
		return username;
	}

	private int checks(String username) {
		return passwordChecks.getOrDefault(username, new AtomicInteger()).get();
	}

	@Test
	void parallelWrongPasswordsReachThePasswordCheckAtMostFiveTimes() throws Exception {
		String username = account("nr-parallel");
		int attempts = 39;
		List<NewsroomSession> sessions = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			NewsroomSession session = new NewsroomSession(port, "203.0.113.39");
			session.get("/newsroom/login");
			sessions.add(session);
		}
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				NewsroomSession session = sessions.get(i);
				String guess = "wrong-guess-" + i;
				answers.add(pool.submit(() -> {
					go.await();
					return session.form("/newsroom/login", Map.of("username", username, "password", guess));
				}));
			}
			go.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(checks(username)).as("wrong passwords that reached the password check").isBetween(1, 5);
		// The window is used up for this address: even the right password waits.
		assertThat(new NewsroomSession(port, "203.0.113.39").login(username, NewsroomFixtures.PASSWORD))
			.doesNotEndWith("/newsroom");
	}

	@Test
	void theCurrentPasswordOnThePasswordPageCountsAsAGuess() {
		String username = account("nr-hijacked");
		// Someone holding a stolen session tries to guess the password, to change it and keep the account.
		NewsroomSession thief = new NewsroomSession(port, "198.51.100.71");
		assertThat(thief.login(username, NewsroomFixtures.PASSWORD)).endsWith("/newsroom");
		thief.get("/newsroom/password");
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> wrong = thief.form("/newsroom/password",
					Map.of("current", "guess-" + i, "password", "taken-over-123", "confirm", "taken-over-123"));
			assertThat(wrong.statusCode()).isEqualTo(400);
		}
		HttpResponse<String> sixth = thief.form("/newsroom/password", Map.of("current", NewsroomFixtures.PASSWORD,
				"password", "taken-over-123", "confirm", "taken-over-123"));
		assertThat(sixth.statusCode()).as("a sixth guess within the window is not checked").isEqualTo(400);
		assertThat(new NewsroomSession(port, "198.51.100.72").login(username, "taken-over-123"))
			.doesNotEndWith("/newsroom");
		assertThat(new NewsroomSession(port, "198.51.100.72").login(username, NewsroomFixtures.PASSWORD))
			.endsWith("/newsroom");
	}

	@Test
	void anAttackerCannotLockAReporterOutDuringBreakingNews() {
		String username = account("nr-breaking");
		NewsroomSession attacker = new NewsroomSession(port, "198.51.100.66");
		for (int i = 0; i < 12; i++) {
			attacker.login(username, "lockout-" + i);
		}
		assertThat(attacker.login(username, NewsroomFixtures.PASSWORD)).as("the attacker's own address waits")
			.doesNotEndWith("/newsroom");
		// The reporter, on a network never used before (a phone at the scene), logs in at once.
		assertThat(new NewsroomSession(port, "203.0.113.20").login(username, NewsroomFixtures.PASSWORD))
			.endsWith("/newsroom");
	}

	@Test
	void guessesFromManyAddressesAreCountedForTheAccountButDoNotLockOutAnAddressItKnows() {
		String username = account("nr-spread");
		assertThat(new NewsroomSession(port, "203.0.113.80").login(username, NewsroomFixtures.PASSWORD))
			.endsWith("/newsroom");
		// Five addresses, five guesses each: past the account's ceiling for addresses it does not know.
		for (int address = 1; address <= 5; address++) {
			NewsroomSession attacker = new NewsroomSession(port, "198.51.100." + (100 + address));
			for (int i = 0; i < 5; i++) {
				attacker.login(username, "spread-" + address + "-" + i);
			}
		}
		assertThat(checks(username)).as("guesses checked across all addresses").isLessThanOrEqualTo(20);
		assertThat(new NewsroomSession(port, "198.51.100.120").login(username, NewsroomFixtures.PASSWORD))
			.as("a new address, while the account is under attack").doesNotEndWith("/newsroom");
		assertThat(new NewsroomSession(port, "203.0.113.80").login(username, NewsroomFixtures.PASSWORD))
			.as("the address the reporter logged in from before").endsWith("/newsroom");
	}

	@Test
	void everyRefusedLoginGetsTheSameAnswer() {
		String wrong = account("nr-same-wrong");
		String throttled = account("nr-same-throttled");
		String disabled = account("nr-same-disabled");
		long disabledId = people.userId(disabled).orElseThrow();
		people.update(disabledId, new AccountChange(disabled, null, Role.REPORTER, null, false));
		NewsroomSession guesser = new NewsroomSession(port, "198.51.100.90");
		for (int i = 0; i < 6; i++) {
			guesser.login(throttled, "guess-" + i);
		}

		List<String> answers = new ArrayList<>();
		answers.add(refusal(new NewsroomSession(port, "198.51.100.91"), wrong, "not-the-password", wrong));
		answers.add(refusal(guesser, throttled, NewsroomFixtures.PASSWORD, throttled));
		answers.add(refusal(new NewsroomSession(port, "198.51.100.92"), disabled, NewsroomFixtures.PASSWORD, disabled));
		answers.add(refusal(new NewsroomSession(port, "198.51.100.93"), "nr-nobody-by-that-name", "whatever-123",
				"nr-nobody-by-that-name"));
		assertThat(answers).as("wrong password, too many guesses, disabled account, unknown account").hasSize(4)
			.allMatch(answers.get(0)::equals);
	}

	// The redirect and the page it leads to, with the user name (which the form gives back) taken out.
	private String refusal(NewsroomSession session, String username, String password, String typed) {
		String location = session.login(username, password);
		assertThat(location).doesNotEndWith("/newsroom");
		String path = location.substring(location.indexOf("/newsroom"));
		String page = session.get(path).body();
		String message = page.replaceAll("(?s).*<main", "<main").replaceAll("(?s)</main>.*", "");
		return (path + "\n" + message.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
			.replace(URLEncoder.encode(typed, StandardCharsets.UTF_8), "USER")
			.replace(typed, "USER");
	}

}

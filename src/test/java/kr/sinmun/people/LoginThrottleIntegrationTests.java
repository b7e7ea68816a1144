package kr.sinmun.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's counts live in PostgreSQL, so two nodes share them: guesses sent to both nodes at once, each
 * node with its own connection pool, still get only {@value LoginThrottle#PER_CLIENT} checks between them.
 */
class LoginThrottleIntegrationTests extends IntegrationTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Test
	void twoNodesGuessingAtOnceLetFiveGuessesThroughBetweenThem() throws Exception {
		HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
		try (HikariDataSource otherNode = new HikariDataSource()) {
			otherNode.setJdbcUrl(database.getJdbcUrl());
			otherNode.setUsername(database.getUsername());
			otherNode.setPassword(database.getPassword());
			otherNode.setMaximumPoolSize(10);
			LoginThrottle[] nodes = { node(database), node(otherNode) };
			int guesses = 40;
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(guesses);
			try {
				List<Future<Boolean>> answers = new ArrayList<>();
				for (int i = 0; i < guesses; i++) {
					LoginThrottle node = nodes[i % 2];
					answers.add(pool.submit(() -> {
						go.await();
						return node.reserve("nr-two-nodes", "198.51.100.200");
					}));
				}
				go.countDown();
				int allowed = 0;
				for (Future<Boolean> answer : answers) {
					allowed += answer.get() ? 1 : 0;
				}
				assertThat(allowed).isEqualTo(LoginThrottle.PER_CLIENT);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void anIpv6SubscriberCountsAsOneClientWhateverAddressOfItsNetworkItTakes() {
		assertThat(LoginThrottle.client("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.client("2001:db8:1:2::ffff"))
			.isNotEqualTo(LoginThrottle.client("2001:db8:1:3::1"));
		assertThat(LoginThrottle.client("203.0.113.5")).isEqualTo("203.0.113.5");
	}

	// A node as the application builds it, on its own pool.
	private LoginThrottle node(HikariDataSource pool) {
		return new LoginThrottle(new LoginAttempts(JdbcClient.create(pool)), clock, new JdbcTransactionManager(pool));
	}

}

package kr.sinmun.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One newsroom session used by several requests at once, as a browser does with its tabs, its autosave and
 * its uploads: the session lives in PostgreSQL, and two requests that both add the same attribute for the
 * first time must not fail on each other.
 */
class SharedSessionIntegrationTests extends IntegrationTest {

	private static final int AT_ONCE = 16;

	@Test
	void concurrentFirstWritesOfOneSessionAttributeAllSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				NewsroomSession session = new NewsroomSession(port);
				assertThat(session.login("admin", ADMIN_PASSWORD)).endsWith("/newsroom");
				// After the login the session has no CSRF token yet: every page below stores one, all at once.
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < AT_ONCE; i++) {
					answers.add(pool.submit(() -> {
						start.await();
						return session.get("/newsroom").statusCode();
					}));
				}
				start.countDown();
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				assertThat(session.get("/newsroom").body()).contains("로그아웃");
			}
			assertThat(statuses).hasSize(3 * AT_ONCE).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

}

package kr.sinmun.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kr.sinmun.IntegrationTest;
import kr.sinmun.WebClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes on one PostgreSQL under concurrent editing for a minute, one of them killed without warning in
 * the middle and started again: afterwards every node shows exactly what the database holds.
 * <p>
 * Node A is this test's application, node B a second application in this JVM, and node C a separate JVM,
 * killed with {@link Process#destroyForcibly()} (SIGKILL: no shutdown hook, no flush, no goodbye to
 * PostgreSQL), then started again on the same data directory.
 */
@Tag("cluster")
class ThreeNodeIntegrationTests extends IntegrationTest {

	private static final String BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

	// Syllables no dictionary knows: every headline carries a code of four, so a search for it finds one article.
	private static final String SYLLABLES = "뷁꿻쀍퓌뭵쓂욟톓";

	private static final Pattern NEWS_LINK = Pattern.compile("/news/(\\d+)");

	private static ConfigurableApplicationContext nodeB;

	private static Process nodeC;

	@Autowired
	javax.sql.DataSource pool;

	@Autowired
	JdbcClient jdbc;

	private final AtomicInteger codes = new AtomicInteger();

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeC != null) {
			nodeC.destroyForcibly();
		}
	}

	@Test
	void everyNodeAgreesWithTheDatabaseAfterConcurrentEditsAndAKilledNode() throws Exception {
		nodeB = ClusterNodes.start(pool, KAKAO.url());
		Path dataC = ClusterNodes.newDataDirectory();
		int portC = freePort();
		nodeC = startChild(dataC, portC);
		WebClient a = web();
		WebClient b = ClusterNodes.web(nodeB);
		WebClient c = new WebClient("http://localhost:" + portC);
		awaitReady(c, Duration.ofMinutes(6));
		String token = a.token("admin", ADMIN_PASSWORD);

		Map<Long, Boolean> touched = new ConcurrentHashMap<>();
		List<WebClient> nodes = List.of(a, b, c);
		Map<WebClient, Boolean> down = new ConcurrentHashMap<>();
		List<Thread> clients = new ArrayList<>();
		// At least a minute, and a few seconds more once node C is back, so it also takes writes after its restart.
		java.util.concurrent.atomic.AtomicLong end = new java.util.concurrent.atomic.AtomicLong(
				System.nanoTime() + Duration.ofSeconds(60).toNanos());
		List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		for (int i = 0; i < 6; i++) {
			int client = i;
			Thread thread = new Thread(() -> {
				List<Long> mine = new ArrayList<>();
				int turn = client;
				while (System.nanoTime() - end.get() < 0) {
					WebClient node = nodes.get(turn++ % nodes.size());
					if (down.containsKey(node)) {
						continue;
					}
					try {
						act(node, token, mine, touched);
					}
					catch (UncheckedIOException ex) {
						// CASE: node C is being killed or is starting: the write may or may not have happened,
						// and the database says which.
					}
					catch (Throwable ex) {
						failures.add(ex);
						return;
					}
				}
			}, "client-" + i);
			thread.start();
			clients.add(thread);
		}

		Thread.sleep(20_000);
		down.put(c, true);
		nodeC.destroyForcibly();
		assertThat(nodeC.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		// Changes keep coming while C is down; then C starts again on the same data directory and index.
		Thread.sleep(5_000);
		nodeC = startChild(dataC, portC);
		awaitReady(c, Duration.ofMinutes(6));
		down.remove(c);
		end.accumulateAndGet(System.nanoTime() + Duration.ofSeconds(5).toNanos(), Math::max);
		for (Thread thread : clients) {
			thread.join(Duration.ofMinutes(8).toMillis());
		}
		assertThat(failures).isEmpty();
		assertThat(touched).hasSizeGreaterThanOrEqualTo(12);

		// Each look asks every node about every article: on a busy machine one look takes seconds.
		try {
			Awaitility.await("세 노드가 데이터베이스와 일치")
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.untilAsserted(() -> assertThat(misses(nodes, touched.keySet())).isEmpty());
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// What node C said about itself is the first thing anyone needs to see why it disagrees.
			System.err.println("노드 C 기록 (" + dataC.resolve("node.log") + "):");
			java.nio.file.Files.readAllLines(dataC.resolve("node.log"))
				.stream()
				.filter(line -> !line.contains(" DEBUG ") && !line.contains(" TRACE "))
				.forEach(System.err::println);
			throw ex;
		}
	}

	// One client's step: publish a new article, edit the headline of one of its own, withdraw one, or publish
	// a withdrawn one again.
	private void act(WebClient node, String token, List<Long> mine, Map<Long, Boolean> touched) {
		// Up to six articles each, so the check afterwards stays short; after that, edits and withdrawals.
		int choice = mine.size() < 6 ? ThreadLocalRandom.current().nextInt(4) : 1 + ThreadLocalRandom.current().nextInt(3);
		if (choice == 0 || mine.size() < 2) {
			WebClient.Response created = node.send("POST", "/api/v1/articles", body(headline(), "PUBLISHED"),
					"Authorization", "Bearer " + token, "Content-Type", "application/json");
			if (created.status() == 201) {
				long id = created.json().get("id").asLong();
				mine.add(id);
				touched.put(id, true);
			}
			return;
		}
		long id = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
		String status = choice == 2 ? "UNPUBLISHED" : "PUBLISHED";
		WebClient.Response updated = node.send("PUT", "/api/v1/articles/" + id, body(headline(), status),
				"Authorization", "Bearer " + token, "Content-Type", "application/json");
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
	}

	private String headline() {
		int n = codes.incrementAndGet();
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			code.append(SYLLABLES.charAt(n % SYLLABLES.length()));
			n /= SYLLABLES.length();
		}
		return "삼중 노드 시험 " + code;
	}

	private static String body(String headline, String status) {
		return """
				{"section":"society","headline":"%s","bodyHtml":"<p>%s 본문입니다.</p>","status":"%s"}"""
			.formatted(headline, headline, status);
	}

	/** Everything a node shows that differs from the database, one line each. */
	private List<String> misses(List<WebClient> nodes, java.util.Set<Long> ids) {
		List<Row> rows = jdbc.sql("""
				SELECT id, headline, status = 'PUBLISHED' AND published_at <= now() AS visible FROM articles
				WHERE id IN (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("headline"), rs.getBoolean("visible")))
			.list();
		List<Long> newest = jdbc.sql("""
				SELECT id FROM articles WHERE status = 'PUBLISHED' AND published_at <= now()
				ORDER BY published_at DESC, id DESC LIMIT 5""")
			.query(Long.class)
			.list();
		List<String> misses = new ArrayList<>();
		for (int n = 0; n < nodes.size(); n++) {
			WebClient node = nodes.get(n);
			String name = "노드 " + "ABC".charAt(n);
			String home = node.get("/", "User-Agent", BOT).body();
			String feed = node.get("/rss/allArticle.xml", "User-Agent", BOT).body();
			for (Row row : rows) {
				WebClient.Response page = node.get("/news/" + row.id(), "User-Agent", BOT);
				String code = row.headline().substring(row.headline().length() - 4);
				WebClient.Response answer = search(node, code);
				// Read as JSON, not as text: a field's place in the object is not what this test is about.
				boolean found = answer.status() == 200 && answer.json()
					.get("items")
					.valueStream()
					.anyMatch(item -> item.get("id").asLong() == row.id());
				if (row.visible()) {
					if (page.status() != 200 || !page.body().contains(row.headline())) {
						misses.add(name + " 기사 쪽 " + row.id() + ": " + page.status() + " 현재 제목 없음");
					}
					if (!found) {
						misses.add(name + " 검색에 없음: " + row.id() + " " + row.headline() + " → "
								+ answer.status() + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
					}
				}
				else {
					if (page.status() != 404) {
						misses.add(name + " 내린 기사 쪽이 " + page.status() + ": " + row.id());
					}
					if (found) {
						misses.add(name + " 내린 기사가 검색됨: " + row.id());
					}
					if (linked(home, row.id())) {
						misses.add(name + " 첫 화면(또는 HOT클릭)에 내린 기사: " + row.id());
					}
					if (linked(feed, row.id())) {
						misses.add(name + " RSS에 내린 기사: " + row.id());
					}
				}
			}
			for (long id : newest) {
				if (!linked(home, id)) {
					misses.add(name + " 첫 화면에 최신 기사 없음: " + id);
				}
				if (!linked(feed, id)) {
					misses.add(name + " RSS에 최신 기사 없음: " + id);
				}
			}
			for (long id : hotClick(home)) {
				if (rows.stream().anyMatch(row -> row.id() == id && !row.visible())) {
					misses.add(name + " HOT클릭에 내린 기사: " + id);
				}
			}
		}
		return misses;
	}

	private static boolean linked(String page, long id) {
		Matcher links = NEWS_LINK.matcher(page);
		while (links.find()) {
			if (Long.parseLong(links.group(1)) == id) {
				return true;
			}
		}
		return false;
	}

	private static List<Long> hotClick(String home) {
		int start = home.indexOf("class=\"hot-click\"");
		assertThat(start).as("HOT클릭 상자").isPositive();
		String box = home.substring(start, home.indexOf("</section>", start));
		List<Long> ids = new ArrayList<>();
		Matcher links = NEWS_LINK.matcher(box);
		while (links.find()) {
			ids.add(Long.parseLong(links.group(1)));
		}
		return ids;
	}

	private static WebClient.Response search(WebClient node, String words) {
		return node.get("/api/v1/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), "User-Agent", BOT);
	}

	private Process startChild(Path data, int port) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// C1 only: it starts faster on a busy machine, which is all this node has to do quickly.
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
				kr.sinmun.SinmunApplication.class.getName()));
		command.addAll(ClusterNodes.arguments(pool, KAKAO.url(), data));
		command.removeIf(arg -> arg.equals("--server.port=0"));
		command.add("--server.port=" + port);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("node.log").toFile()))
			.start();
	}

	private static void awaitReady(WebClient node, Duration limit) {
		Awaitility.await("노드 C 준비")
			.atMost(limit)
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> node.get("/actuator/health/readiness").status() == 200);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private record Row(long id, String headline, boolean visible) {
	}

}

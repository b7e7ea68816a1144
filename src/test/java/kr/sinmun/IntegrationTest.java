package kr.sinmun;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-application tests: the whole app on a random port against real PostgreSQL, with the demo
 * paper installed. Every subclass shares one application context, so the database starts once per run.
 */
@org.springframework.context.annotation.Import(ShiftableClock.Configuration.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sinmun.demo=true", "sinmun.admin-password=test-admin-password",
				"sinmun.site.base-url=http://localhost",
				// Browser tests watch autosave happen; production saves every 20 seconds.
				"sinmun.newsroom.autosave-seconds=2" })
public abstract class IntegrationTest {

	public static final String ADMIN_PASSWORD = "test-admin-password";

	@LocalServerPort
	protected int port;

	/** KMA as the whole suite sees it: a local fake speaking API Hub's wire format. */
	protected static final kr.sinmun.weather.FakeKma KMA = new kr.sinmun.weather.FakeKma();

	/** Kakao's news feeding gateway, faked: every publish in the suite is delivered to it. */
	protected static final kr.sinmun.portal.FakeKakao KAKAO = new kr.sinmun.portal.FakeKakao();

	/** A CDN's purge endpoint, faked: every invalidation in the suite is sent to it. */
	protected static final kr.sinmun.pagecache.FakeCdn CDN = new kr.sinmun.pagecache.FakeCdn();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("sinmun.page-cache.purge-url", CDN::url);
		registry.add("sinmun.portal.kakao.url", KAKAO::url);
		registry.add("sinmun.portal.kakao.id", () -> "sinmun-test");
		registry.add("sinmun.portal.kakao.key", () -> "test-kakao-key");
		registry.add("sinmun.portal.interval", () -> "500ms");
		// Longer than any test keeps the fake gateway waiting, so a slow portal is slow and not a timeout.
		registry.add("sinmun.portal.kakao.timeout", () -> "20s");
		registry.add("sinmun.weather.apihub-url", KMA::url);
		registry.add("sinmun.weather.apihub-key", () -> "test-apihub-key");
	}

	protected WebClient web() {
		return new WebClient("http://localhost:" + port);
	}

}

package kr.sinmun.settings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings every page prints: what is configured, with what the newsroom changed on top, and the event that
 * makes pages follow a change.
 */
class SiteSettingsTests {

	private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

	private final Newspaper configured = new Newspaper("한빛일보", "https://news.example", "주식회사 한빛",
			"서울 아00001", "2020-01-02", "김발행", "이편집", "박보호", "서울시 중구", "02-000-0000", "desk@news.example",
			"/images/logo.png",
			Map.of("naver-site-verification", "configured-naver", "google-site-verification", "configured-google"),
			"");

	private final StoredSettings stored = new StoredSettings();

	private final List<Object> events = new ArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final SiteSettings settings = new SiteSettings(configured, stored,
			new BrandLogo(new NoBrandFiles(), events::add, Clock.fixed(NOW, ZoneOffset.UTC)), events::add,
			Clock.fixed(NOW, ZoneOffset.UTC), meters);

	@Test
	void startsFromConfigurationAndReadsTheStoredChangesWithoutCallingThemARepair() {
		assertThat(settings.current()).isEqualTo(configured);
		stored.values.put("phone", "02-999-9999");

		// The first run at start, as the scheduler makes it.
		settings.reconcile();

		assertThat(settings.current().phone()).isEqualTo("02-999-9999");
		assertThat(settings.values()).containsEntry("name", "한빛일보")
			.containsEntry("phone", "02-999-9999")
			.containsEntry("naver-site-verification", "configured-naver")
			.containsEntry("daum-site-verification", "");
		assertThat(events).isEmpty();
		assertThat(meters.counter("sinmun.reconcile.repairs", "what", "settings").count()).isZero();
	}

	@Test
	void appliesTheNewsroomsChangesOverConfigurationAndAnnouncesThem() {
		Map<String, String> change = new LinkedHashMap<>();
		change.put("name", "  새한빛일보 ");
		change.put("phone", "02-123-4567");
		change.put("naver-site-verification", "");
		change.put("daum-site-verification", "daum-code");
		// Not editable from the newsroom: ignored, never stored.
		change.put("baseUrl", "https://evil.example");
		change.put("logo", "https://evil.example/logo.png");

		settings.update(change);

		Newspaper now = settings.current();
		assertThat(now.name()).isEqualTo("새한빛일보");
		assertThat(now.phone()).isEqualTo("02-123-4567");
		assertThat(now.editor()).isEqualTo("이편집");
		assertThat(now.baseUrl()).isEqualTo("https://news.example");
		assertThat(now.logo()).isEqualTo("/images/logo.png");
		// A blank verification code removes the configured tag; the others stay.
		assertThat(now.verification()).isEqualTo(
				Map.of("google-site-verification", "configured-google", "daum-site-verification", "daum-code"));
		assertThat(now.copyrightLine()).isEqualTo("저작권자 © 새한빛일보 무단전재 및 재배포 금지");
		assertThat(stored.values).doesNotContainKeys("baseUrl", "logo").containsEntry("name", "새한빛일보");
		assertThat(events).containsExactly(new SiteSettingsChanged());
	}

	@Test
	void repairsAndAnnouncesAChangeItMissed() {
		settings.reconcile();
		settings.reconcile();
		assertThat(events).isEmpty();

		// Another node changed the settings and its announcement never arrived.
		stored.values.put("editor", "최편집");
		settings.reconcile();

		assertThat(settings.current().editor()).isEqualTo("최편집");
		assertThat(events).containsExactly(new SiteSettingsChanged());
		assertThat(meters.counter("sinmun.reconcile.repairs", "what", "settings").count()).isEqualTo(1);
	}

	/** The site_settings table as a map. */
	private static final class StoredSettings extends SettingsRepository {

		final Map<String, String> values = new HashMap<>();

		StoredSettings() {
			super(null);
		}

		@Override
		Map<String, String> all() {
			return new HashMap<>(values);
		}

		@Override
		void put(String key, String value, Instant now) {
			values.put(key, value);
		}

	}

	/** No logo uploaded. */
	private static final class NoBrandFiles extends BrandFileRepository {

		NoBrandFiles() {
			super(null);
		}

		@Override
		List<BrandLogo.BrandFile> all() {
			return List.of();
		}

		@Override
		Map<String, String> hashes() {
			return Map.of();
		}

	}

}

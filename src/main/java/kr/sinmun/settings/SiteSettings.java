package kr.sinmun.settings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The paper's settings as they stand: configuration ({@code sinmun.site.*}) with the newsroom's changes on top.
 * Held in memory, so no page costs a query: re-read after a change on any node ({@link SiteSettingsChanged}
 * comes through the change feed from the others) and compared with the database every
 * {@code sinmun.settings.reload}, which repairs and reports any difference.
 */
@Service
public class SiteSettings {

	private static final Logger log = LoggerFactory.getLogger(SiteSettings.class);

	/** The settings the newsroom may change, by key, with their Korean names, in the order the form shows them. */
	public static final Map<String, String> EDITABLE = editable();

	private final Newspaper configured;

	private final SettingsRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter repairs;

	private volatile Newspaper current;

	SiteSettings(Newspaper configured, SettingsRepository repository, ApplicationEventPublisher events,
			Clock clock, MeterRegistry meters) {
		this.repairs = meters.counter("sinmun.reconcile.repairs", "what", "settings");
		this.configured = configured;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
		this.current = configured;
	}

	private static Map<String, String> editable() {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("name", "신문 이름");
		keys.put("publisherName", "발행 법인");
		keys.put("registrationNumber", "등록번호");
		keys.put("registrationDate", "등록일");
		keys.put("publisher", "발행인");
		keys.put("editor", "편집인");
		keys.put("youthProtectionOfficer", "청소년보호책임자");
		keys.put("address", "주소");
		keys.put("phone", "전화");
		keys.put("email", "이메일");
		keys.put("copyright", "저작권 문구");
		keys.put("naver-site-verification", "네이버 사이트 확인 코드");
		keys.put("daum-site-verification", "다음 사이트 확인 코드");
		keys.put("google-site-verification", "구글 사이트 확인 코드");
		return java.util.Collections.unmodifiableMap(keys);
	}

	public Newspaper current() {
		return current;
	}

	/** The current value of each editable setting, by key. */
	public Map<String, String> values() {
		Newspaper now = current;
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", now.name());
		values.put("publisherName", now.publisherName());
		values.put("registrationNumber", now.registrationNumber());
		values.put("registrationDate", now.registrationDate());
		values.put("publisher", now.publisher());
		values.put("editor", now.editor());
		values.put("youthProtectionOfficer", now.youthProtectionOfficer());
		values.put("address", now.address());
		values.put("phone", now.phone());
		values.put("email", now.email());
		values.put("copyright", now.copyright());
		for (String tag : new String[] { "naver-site-verification", "daum-site-verification", "google-site-verification" }) {
			values.put(tag, now.verification().getOrDefault(tag, ""));
		}
		return values;
	}

	/** Stores the given settings (unknown keys are ignored) and applies them at once. */
	@Transactional
	public void update(Map<String, String> values) {
		values.forEach((key, value) -> {
			if (EDITABLE.containsKey(key)) {
				repository.put(key, value == null ? "" : value.strip(), clock.instant());
			}
		});
		reload();
		events.publishEvent(new SiteSettingsChanged());
	}

	// First, before the page cache drops every page.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(SiteSettingsChanged event) {
		reload();
	}

	/** Re-reads the settings; a difference from what was held is a missed change, repaired and reported. */
	@Scheduled(fixedDelayString = "${sinmun.settings.reload:30s}", initialDelay = 0)
	void reconcile() {
		Newspaper before = current;
		reload();
		// CASE: the first run at start replaces the configured defaults, which is no repair.
		if (!before.equals(current) && before != configured) {
			repairs.increment();
			log.info("노드 대조: 메모리의 신문 설정이 데이터베이스와 달라 다시 읽었습니다");
			// Published outside a transaction: this node's pages follow, nothing is announced to the others.
			events.publishEvent(new SiteSettingsChanged());
		}
	}

	void reload() {
		Map<String, String> stored = repository.all();
		Map<String, String> verification = new LinkedHashMap<>(configured.verification());
		stored.forEach((key, value) -> {
			if (key.endsWith("-site-verification")) {
				if (value.isBlank()) {
					verification.remove(key);
				}
				else {
					verification.put(key, value);
				}
			}
		});
		Newspaper c = configured;
		current = new Newspaper(stored.getOrDefault("name", c.name()), c.baseUrl(),
				stored.getOrDefault("publisherName", c.publisherName()),
				stored.getOrDefault("registrationNumber", c.registrationNumber()),
				stored.getOrDefault("registrationDate", c.registrationDate()), stored.getOrDefault("publisher", c.publisher()),
				stored.getOrDefault("editor", c.editor()),
				stored.getOrDefault("youthProtectionOfficer", c.youthProtectionOfficer()),
				stored.getOrDefault("address", c.address()), stored.getOrDefault("phone", c.phone()),
				stored.getOrDefault("email", c.email()), c.logo(), Map.copyOf(verification),
				stored.getOrDefault("copyright", c.copyright()));
	}

}

package kr.sinmun.settings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

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

	private final BrandLogo logos;

	private volatile Newspaper current;

	private volatile String brandColor = DEFAULT_BRAND_COLOR;

	// As stored: blank when 설정 names no colour.
	private volatile String brandColorSetting = "";

	/** The colour the paper's name, menu rule, labels and links take when 설정 names none. */
	public static final String DEFAULT_BRAND_COLOR = "#0b4ea2";

	SiteSettings(Newspaper configured, SettingsRepository repository, BrandLogo logos, ApplicationEventPublisher events,
			Clock clock, MeterRegistry meters) {
		this.logos = logos;
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
		keys.put("brandColor", "브랜드 색");
		keys.put("naver-site-verification", "네이버 사이트 확인 코드");
		keys.put("daum-site-verification", "다음 사이트 확인 코드");
		keys.put("google-site-verification", "구글 사이트 확인 코드");
		return java.util.Collections.unmodifiableMap(keys);
	}

	public Newspaper current() {
		return current;
	}

	/**
	 * The paper's colour ({@code #rrggbb}, lower case): its name in the masthead, the menu's rule, section labels,
	 * links and buttons. Always dark enough for text on white (see {@link #brandColorProblem}).
	 */
	public String brandColor() {
		return brandColor;
	}

	// What the footer prints as the paper's e-mail and telephone must be something a reader can write to or dial:
	// an address with one @ and a dotted domain, a number of digits with the usual separators (02-000-0000,
	// 1588-0000, +82 2 000 0000). Blank is allowed: the footer then leaves the line out.
	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:.]+");

	private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9 ().-]{5,22}[0-9]");

	/** What is wrong with the value of the editable setting {@code key}, in Korean, or null when it will do. */
	public static String fieldProblem(String key, String value) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (key.equals("email") && !EMAIL.matcher(text).matches()) {
			return "이메일은 desk@example.co.kr처럼 받는 사람@도메인 꼴로 쓰십시오.";
		}
		if (key.equals("phone") && !PHONE.matcher(text).matches()) {
			return "전화는 02-123-4567처럼 숫자와 하이픈(-)으로 쓰십시오.";
		}
		return null;
	}

	/**
	 * What is wrong with {@code value} as the brand colour, in Korean, or null when it will do. Blank means the
	 * default. The colour is used for text on white, so it needs the 4.5:1 contrast WCAG asks of body text.
	 */
	public static String brandColorProblem(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String color = value.strip();
		if (!color.matches("#[0-9A-Fa-f]{6}")) {
			return "브랜드 색은 #0b4ea2처럼 # 뒤에 16진수 여섯 자리로 쓰십시오.";
		}
		double contrast = 1.05 / (luminance(color) + 0.05);
		if (contrast < 4.5) {
			return String.format(java.util.Locale.ROOT,
					"브랜드 색이 너무 밝습니다. 흰 바탕 글자로 쓰이므로 명암비가 4.5:1 이상이어야 합니다(지금 %.1f:1).", contrast);
		}
		return null;
	}

	// WCAG 2 relative luminance of an sRGB colour.
	private static double luminance(String color) {
		double sum = 0;
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		for (int i = 0; i < 3; i++) {
			double channel = Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			sum += weights[i] * (channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
		}
		return sum;
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
		values.put("brandColor", brandColorSetting);
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
		logos.reload();
		reload();
	}

	/** Re-reads the settings; a difference from what was held is a missed change, repaired and reported. */
	@Scheduled(fixedDelayString = "${sinmun.settings.reload:30s}", initialDelay = 0)
	void reconcile() {
		Newspaper before = current;
		String colorBefore = brandColor;
		boolean logoChanged = logos.reloadIfChanged();
		reload();
		// CASE: the first run at start replaces the configured defaults, which is no repair.
		if ((!before.equals(current) || !colorBefore.equals(brandColor) || logoChanged) && before != configured) {
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
		String color = stored.getOrDefault("brandColor", "");
		brandColorSetting = color;
		brandColor = color.isBlank() || brandColorProblem(color) != null ? DEFAULT_BRAND_COLOR : color.toLowerCase(java.util.Locale.ROOT);
		Newspaper c = configured;
		current = new Newspaper(stored.getOrDefault("name", c.name()), c.baseUrl(),
				stored.getOrDefault("publisherName", c.publisherName()),
				stored.getOrDefault("registrationNumber", c.registrationNumber()),
				stored.getOrDefault("registrationDate", c.registrationDate()), stored.getOrDefault("publisher", c.publisher()),
				stored.getOrDefault("editor", c.editor()),
				stored.getOrDefault("youthProtectionOfficer", c.youthProtectionOfficer()),
				stored.getOrDefault("address", c.address()), stored.getOrDefault("phone", c.phone()),
				stored.getOrDefault("email", c.email()), logos.png().map(BrandLogo.BrandFile::url).orElse(c.logo()), Map.copyOf(verification),
				stored.getOrDefault("copyright", c.copyright()));
	}

}

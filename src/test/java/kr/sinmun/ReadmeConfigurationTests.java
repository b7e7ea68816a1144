package kr.sinmun;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kr.sinmun.media.FakeS3;
import kr.sinmun.pagecache.FakeCdn;
import kr.sinmun.weather.FakeKma;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's configuration tables are a promise to whoever installs Sinmun: set this variable and this
 * setting changes. This test holds the README to it, the way an administrator would find out: it starts the
 * real application in JVMs of its own with the variables in their environment (nothing set from inside, no
 * test properties) and reads back what the running application holds.
 * <ul>
 * <li>Every table with a {@code variable} column must name, per row, one variable, the setting it documents
 * ({@code setting}) and its {@code default}.</li>
 * <li>One application starts with every documented variable set to a value of its own; each setting must hold
 * that value, and must differ from what the second application holds. A variable that Spring merely puts in
 * its environment, where no {@code @ConfigurationProperties} bean reads it, fails.</li>
 * <li>The second application is a first start with nothing but the KMA key and address (plus a port, a data
 * directory and an administrator password for the test to talk to it): the documented defaults must hold, KMA
 * (a local stand-in speaking its wire format) must be asked, and {@code /api/v1/weather} must say configured.</li>
 * </ul>
 * The external database is a PostgreSQL the test starts itself, with a role of its own that must log in with a
 * password, so the URL, the user and the password are all proven by the application connecting. The S3 store
 * is a local stand-in that checks every signature, addressed by host name (virtual-hosted style), so a photo
 * stored and served back proves all the S3 variables.
 */
class ReadmeConfigurationTests {

	private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

	private static final Pattern SETTING = Pattern.compile("`([a-z][a-z0-9.-]*)`");

	private static final Pattern LITERAL = Pattern.compile("`([^`]*)`");

	private static final String DB_USER = "sinmun_readme";

	private static final String DB_PASSWORD = "readme-db-secret-71";

	private static final String DB_NAME = "sinmun_readme";

	private static final String S3_BUCKET = "readme-bucket";

	// Virtual-hosted style: the bucket is a host name under the endpoint's, which the child resolves through
	// a hosts file of its own (jdk.net.hosts.file), as DNS would for AWS.
	private static final String S3_HOST = "s3.readme.test";

	private static final String KMA_ONLY_KEY = "kma-only-apihub-key";

	private static final String KMA_ONLY_ADMIN_PASSWORD = "kma-only-admin-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<Documented> documented;

	private static Path workspace;

	private static EmbeddedPostgres database;

	private static FakeKma kma;

	private static FakeCdn cdn;

	private static FakeS3 s3;

	private static Map<String, String> everythingEnvironment;

	private static Child everything;

	private static Child kmaOnly;

	/** One row of a README table that has a {@code variable} column. */
	record Documented(int line, String variable, String setting, String defaultCell) {

		@Override
		public String toString() {
			return "README.md:" + line + " " + variable + " (" + setting + ")";
		}

		/** The default as a value: a literal in backquotes, "" for "empty", null when the README says in words. */
		String defaultValue() {
			if (defaultCell.equals("empty")) {
				return "";
			}
			Matcher literal = LITERAL.matcher(defaultCell);
			return literal.matches() ? literal.group(1) : null;
		}

	}

	@BeforeAll
	static void startBothApplications() throws Exception {
		assertThat(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode("신문"))
			.as("the environment of a child process carries Korean only under a UTF-8 locale (LANG=C.UTF-8)")
			.isTrue();
		documented = documented(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
		workspace = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "readme-configuration-");
		database = externalDatabase(workspace.resolve("external-postgres"));
		kma = new FakeKma();
		cdn = new FakeCdn();
		s3 = new FakeS3(S3_BUCKET);
		List<String> settings = documented.stream().map(Documented::setting).distinct().toList();

		everythingEnvironment = everyVariable();
		// Only the bucket's own host name resolves, so a path-style request (to the bare endpoint) would fail.
		Path hosts = Files.writeString(workspace.resolve("everything-hosts"),
				"127.0.0.1 localhost " + InetAddress.getLocalHost().getHostName() + " " + S3_BUCKET + "." + S3_HOST + "\n");
		everything = Child.start("everything", workspace, everythingEnvironment, settings,
				List.of("-Djdk.net.hosts.file=" + hosts));

		Map<String, String> kmaOnlyEnvironment = new LinkedHashMap<>();
		kmaOnlyEnvironment.put("SINMUN_KMA_APIHUB_KEY", KMA_ONLY_KEY);
		kmaOnlyEnvironment.put("SINMUN_KMA_APIHUB_URL", kma.url());
		kmaOnlyEnvironment.put("SINMUN_DATA_DIR", workspace.resolve("kma-only-data").toString());
		kmaOnlyEnvironment.put("SERVER_PORT", String.valueOf(freePort()));
		kmaOnlyEnvironment.put("SINMUN_ADMIN_PASSWORD", KMA_ONLY_ADMIN_PASSWORD);
		kmaOnly = Child.start("kma-only", workspace, kmaOnlyEnvironment, settings, List.of());
	}

	@AfterAll
	static void stopEverything() throws IOException {
		for (Child child : new Child[] { everything, kmaOnly }) {
			if (child != null) {
				child.stop();
			}
		}
		if (database != null) {
			database.close();
		}
		if (kma != null) {
			kma.close();
		}
		if (s3 != null) {
			s3.stop();
		}
		// The databases and data directories go; the logs and reports stay for whoever reads a failure.
		for (String data : workspace == null ? List.<String>of()
				: List.of("external-postgres", "everything-data", "kma-only-data")) {
			FileSystemUtils.deleteRecursively(workspace.resolve(data));
		}
	}

	// A value of its own for every documented variable, valid for what it configures, and different from its
	// default. Outside systems are real and local: the test's PostgreSQL, the KMA, S3 and CDN stand-ins.
	private static Map<String, String> everyVariable() throws IOException {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SINMUN_DATA_DIR", workspace.resolve("everything-data").toString());
		env.put("SERVER_PORT", String.valueOf(freePort()));
		env.put("SINMUN_DB_URL", "jdbc:postgresql://localhost:" + database.getPort() + "/" + DB_NAME);
		env.put("SINMUN_DB_USER", DB_USER);
		env.put("SINMUN_DB_PASSWORD", DB_PASSWORD);
		env.put("SINMUN_ADMIN_PASSWORD", "readme-admin-password-53");
		env.put("SINMUN_DEMO", "false");
		env.put("SINMUN_BASE_URL", "https://news.readme.example");
		env.put("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", "10\\.9\\.8\\.7");
		env.put("SINMUN_TIPS_PER_HOUR", "3");
		env.put("SINMUN_TIPS_MAX_FILE_SIZE", "3MB");
		env.put("SINMUN_TIPS_RETENTION", "200d");
		env.put("SINMUN_PAGE_CACHE_MAX_MEGABYTES", "48");
		env.put("SINMUN_PAGE_CACHE_TTL", "47s");
		env.put("SINMUN_PAGE_CACHE_STALE_WHILE_REVALIDATE", "17s");
		env.put("SINMUN_PAGE_CACHE_PURGE_URL", cdn.url());
		env.put("SINMUN_MEDIA_STORE", "s3");
		env.put("SINMUN_MEDIA_S3_ENDPOINT", s3.endpoint().replace("127.0.0.1", S3_HOST));
		env.put("SINMUN_MEDIA_S3_BUCKET", S3_BUCKET);
		env.put("SINMUN_MEDIA_S3_REGION", FakeS3.REGION);
		env.put("SINMUN_MEDIA_S3_ACCESSKEY", FakeS3.ACCESS_KEY);
		env.put("SINMUN_MEDIA_S3_SECRETKEY", FakeS3.SECRET_KEY);
		env.put("SINMUN_MEDIA_S3_PATHSTYLE", "false");
		env.put("SINMUN_MEDIA_DECODE_MEGAPIXELS", "120");
		env.put("SINMUN_MEDIA_DECODE_MAX_WAIT", "7s");
		env.put("SINMUN_RANKING_WINDOW", "37h");
		env.put("SINMUN_RANKING_DEDUPE", "13m");
		env.put("SINMUN_RANKING_VIEWS_PER_ADDRESS", "7");
		env.put("SINMUN_RANKING_ADDRESS_WINDOW", "2h");
		env.put("SINMUN_RANKING_FLUSH_INTERVAL", "3s");
		env.put("SINMUN_API_TOKEN_TTL", "9d");
		env.put("SINMUN_API_IDEMPOTENCY_KEY_TTL", "7h");
		env.put("SINMUN_SCHEDULER_THREADS", "6");
		env.put("SINMUN_DB_POOL_SIZE", "7");
		env.put("SINMUN_NEWSROOM_AUTOSAVE_SECONDS", "31");
		env.put("SERVER_SERVLET_SESSION_TIMEOUT", "5h");
		env.put("SINMUN_SITE_NAME", "리드미일보");
		env.put("SINMUN_SITE_PUBLISHER_NAME", "(주)리드미미디어");
		env.put("SINMUN_SITE_REGISTRATION_NUMBER", "경기 아99999");
		env.put("SINMUN_SITE_REGISTRATION_DATE", "2024.12.31");
		env.put("SINMUN_SITE_PUBLISHER", "김발행");
		env.put("SINMUN_SITE_EDITOR", "박편집");
		env.put("SINMUN_SITE_YOUTH_PROTECTION_OFFICER", "최보호");
		env.put("SINMUN_SITE_ADDRESS", "부산광역시 해운대구 센텀로 1");
		env.put("SINMUN_SITE_PHONE", "051-999-9999");
		env.put("SINMUN_SITE_EMAIL", "news@readme.example");
		env.put("SINMUN_KMA_APIHUB_KEY", "everything-apihub-key");
		// The same stand-in as the other application's, under another name, so the two values differ.
		env.put("SINMUN_KMA_APIHUB_URL", kma.url().replace("127.0.0.1", "localhost"));
		env.put("SINMUN_KMA_DATA_PORTAL_KEY", "everything-data-portal-key");
		env.put("SINMUN_KMA_DATA_PORTAL_URL", kma.url() + "/portal-proxy");
		env.put("SINMUN_PORTAL_KAKAO_ID", "readme-partner");
		env.put("SINMUN_PORTAL_KAKAO_KEY", "readme-kakao-key");
		env.put("SINMUN_PORTAL_KAKAO_URL", "https://gate-partners-test.harmony.kakao.com");
		env.put("SINMUN_PORTAL_KAKAO_CONTENTS_PATH", "/api/v2/contents");
		env.put("SINMUN_PORTAL_KAKAO_MAX_ATTEMPTS", "4");
		return env;
	}

	@Test
	void everyDocumentedVariableReachesTheSettingItDocuments() {
		Set<String> documentedVariables = new TreeSet<>();
		documented.forEach(row -> documentedVariables.add(row.variable()));
		assertThat(everythingEnvironment.keySet())
			.as("every variable the README documents has a test value here, and only those")
			.containsExactlyInAnyOrderElementsOf(documentedVariables);

		JsonNode set = everything.report().get("settings");
		JsonNode unset = kmaOnly.report().get("settings");
		List<String> failures = new ArrayList<>();
		for (Documented row : documented) {
			String given = everythingEnvironment.get(row.variable());
			JsonNode bound = set.get(row.setting());
			if (bound.has("unbound")) {
				failures.add(row + ": the application has no such setting (" + bound.get("unbound").asString() + ")");
				continue;
			}
			Object expected = typed(given, bound.get("type").asString());
			Object actual = typed(text(bound.get("value")), bound.get("type").asString());
			if (!Objects.equals(expected, actual)) {
				failures.add(row + ": set to '" + given + "', the application holds '" + text(bound.get("value")) + "'");
			}
			else if (Objects.equals(actual, typed(text(unset.get(row.setting()).get("value")), bound.get("type").asString()))) {
				failures.add(row + ": the test's value is what the application holds without it; choose another");
			}
		}
		assertThat(failures).as("README rows whose variable does not reach its setting").isEmpty();
	}

	@Test
	void theDocumentedDefaultsAreWhatAFirstStartHolds() {
		JsonNode settings = kmaOnly.report().get("settings");
		List<String> failures = new ArrayList<>();
		for (Documented row : documented) {
			if (kmaOnly.environment().containsKey(row.variable()) || row.defaultValue() == null) {
				continue;
			}
			JsonNode bound = settings.get(row.setting());
			if (bound.has("unbound")) {
				failures.add(row + ": the application has no such setting");
				continue;
			}
			String type = bound.get("type").asString();
			String held = text(bound.get("value"));
			boolean same = row.defaultValue().isEmpty() ? held == null || held.isEmpty()
					: Objects.equals(typed(row.defaultValue(), type), typed(held, type));
			if (!same) {
				failures.add(row + ": the application holds '" + held + "' by default");
			}
		}
		assertThat(failures).as("README defaults that are not the defaults").isEmpty();
		// Said in words in the README: without SINMUN_BASE_URL, links name this node's own port, not 8080.
		assertThat(text(settings.get("sinmun.site.base-url").get("value")))
			.isEqualTo("http://localhost:" + kmaOnly.environment().get("SERVER_PORT"));
	}

	@Test
	void theExternalDatabaseAndTheRestAreUsedAsConfigured() throws Exception {
		JsonNode report = everything.report();
		assertThat(report.get("port").asInt()).isEqualTo(Integer.parseInt(everythingEnvironment.get("SERVER_PORT")));
		WebClient web = new WebClient("http://localhost:" + report.get("port").asInt());
		assertThat(web.get("/actuator/health").body()).contains("\"UP\"");

		// The schema was made by the documented user, over a password-checked connection, in the documented
		// database; the data directory holds the index and no embedded database.
		try (Connection connection = DriverManager.getConnection(everythingEnvironment.get("SINMUN_DB_URL"),
				DB_USER, DB_PASSWORD); Statement statement = connection.createStatement();
				ResultSet owner = statement.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'articles'")) {
			assertThat(owner.next()).as("the application migrated the documented database").isTrue();
			assertThat(owner.getString(1)).isEqualTo(DB_USER);
		}
		Path dataDir = Path.of(everythingEnvironment.get("SINMUN_DATA_DIR"));
		assertThat(dataDir.resolve("index")).isDirectory();
		assertThat(dataDir.resolve("postgres")).doesNotExist();

		// The administrator's password and the token lifetime, as a script meets them.
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + everythingEnvironment.get("SINMUN_ADMIN_PASSWORD")).getBytes(StandardCharsets.UTF_8));
		WebClient.Response issued = web.send("POST", "/api/v1/auth/token", null, "Authorization", "Basic " + basic);
		assertThat(issued.status()).isEqualTo(201);
		OffsetDateTime expires = OffsetDateTime.parse(issued.json().get("expiresAt").asString());
		assertThat(Duration.between(OffsetDateTime.now(), expires)).isBetween(Duration.ofDays(9).minusMinutes(10),
				Duration.ofDays(9));

		// The paper's details and address, as readers and crawlers see them.
		String home = web.get("/").body();
		for (String variable : List.of("SINMUN_SITE_NAME", "SINMUN_SITE_PUBLISHER_NAME", "SINMUN_SITE_REGISTRATION_NUMBER",
				"SINMUN_SITE_PUBLISHER", "SINMUN_SITE_EDITOR", "SINMUN_SITE_YOUTH_PROTECTION_OFFICER",
				"SINMUN_SITE_ADDRESS", "SINMUN_SITE_PHONE", "SINMUN_SITE_EMAIL")) {
			assertThat(home).as(variable).contains(everythingEnvironment.get(variable));
		}
		assertThat(web.get("/robots.txt").body()).contains("Sitemap: https://news.readme.example/sitemap.xml");

		// A photo goes to the S3 stand-in, which checks the bucket's host name, the region, the access key and
		// the signature made with the secret key, and comes back from it through the site.
		String token = issued.json().get("token").asString();
		String boundary = "readme-boundary";
		ByteArrayOutputStream upload = new ByteArrayOutputStream();
		upload.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		upload.writeBytes(png());
		upload.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		WebClient.Response stored = web.sendBytes("POST", "/api/v1/media", upload.toByteArray(), "Authorization",
				"Bearer " + token, "Content-Type", "multipart/form-data; boundary=" + boundary);
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		assertThat(s3.size()).as("objects in the S3 stand-in").isGreaterThan(0);
		WebClient.Response served = web.get(stored.json().get("url").asString());
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.header("Content-Type")).startsWith("image/");
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(320, 180,
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(40, 110, 170));
		graphics.fillRect(0, 0, 320, 180);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void theKmaKeyAndAddressAloneBringTheWeatherAsDocumented() {
		JsonNode report = kmaOnly.report();
		await("KMA asked with the documented key").atMost(Duration.ofMinutes(2))
			.until(() -> kma.queries().stream().anyMatch(query -> query.contains("authKey=" + KMA_ONLY_KEY)));
		WebClient web = new WebClient("http://localhost:" + report.get("port").asInt());
		String token = web.token("admin", KMA_ONLY_ADMIN_PASSWORD);
		await("the ticker's observations").atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
			JsonNode weather = web.get("/api/v1/weather", "Authorization", "Bearer " + token).json();
			assertThat(weather.get("status").get("configured").asBoolean()).isTrue();
			assertThat(weather.get("help").asString()).isEmpty();
			assertThat(weather.get("reports")).isNotEmpty();
		});
		assertThat(web.get("/page/about").body()).contains("class=\"weather\"", "기상청 제공");
	}

	@Test
	void everyTableWithAVariableColumnSaysWhichSettingEachRowSets() {
		assertThat(documented).as("the README's configuration tables").hasSizeGreaterThan(40);
		assertThat(documented).extracting(Documented::variable).doesNotHaveDuplicates();
	}

	/**
	 * Every row of every Markdown table whose header has a {@code variable} column. Such a table must also have
	 * {@code setting} and {@code default} columns, and each row one variable and one setting in backquotes.
	 */
	static List<Documented> documented(List<String> readme) {
		List<Documented> rows = new ArrayList<>();
		for (int i = 0; i < readme.size(); i++) {
			List<String> header = cells(readme.get(i));
			if (!header.contains("variable")) {
				continue;
			}
			int variable = header.indexOf("variable");
			int setting = header.indexOf("setting");
			int defaults = header.indexOf("default");
			if (setting < 0 || defaults < 0) {
				throw new AssertionError("README.md:" + (i + 1) + ": a table with a 'variable' column needs 'setting' and "
						+ "'default' columns, so that the test can prove each variable: " + readme.get(i));
			}
			for (i += 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
				List<String> row = cells(readme.get(i));
				Matcher name = VARIABLE.matcher(row.get(variable));
				Matcher property = SETTING.matcher(row.get(setting));
				if (!name.matches() || !property.matches()) {
					throw new AssertionError("README.md:" + (i + 1) + ": a row names exactly one `VARIABLE` and one "
							+ "`setting.name`: " + readme.get(i));
				}
				rows.add(new Documented(i + 1, name.group(1), property.group(1), row.get(defaults)));
			}
		}
		return rows;
	}

	private static List<String> cells(String line) {
		String trimmed = line.strip();
		if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) {
			return List.of();
		}
		List<String> cells = new ArrayList<>();
		for (String cell : trimmed.substring(1, trimmed.length() - 1).split("\\|", -1)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	// The value as the application's own type, so that 30d and PT720H, or 8080 and "8080", compare equal.
	private static Object typed(String text, String type) {
		if (text == null) {
			return null;
		}
		if (type.equals(Path.class.getName())) {
			return Path.of(text).normalize();
		}
		Class<?> target = ClassUtils.resolveClassName(type, ReadmeConfigurationTests.class.getClassLoader());
		return ApplicationConversionService.getSharedInstance().convert(text, ClassUtils.resolvePrimitiveIfNecessary(target));
	}

	private static String text(JsonNode value) {
		return value == null || value.isNull() ? null : value.asString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	// A PostgreSQL that stands for the operator's: its own database and role, and a password required for
	// that role over TCP (only the test's superuser connection is trusted).
	private static EmbeddedPostgres externalDatabase(Path directory) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setDataDirectoryCustomizer(dir -> {
				try {
					Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
							local all all trust
							host all postgres 127.0.0.1/32 trust
							host all postgres ::1/128 trust
							host all all 127.0.0.1/32 scram-sha-256
							host all all ::1/128 scram-sha-256
							""");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_PASSWORD + "'");
			statement.execute("CREATE DATABASE " + DB_NAME + " OWNER " + DB_USER);
		}
		return postgres;
	}

	/** The application in a JVM of its own, started as {@code java -jar} would be, with an environment. */
	record Child(String name, Process process, Path reportFile, Path log, Map<String, String> environment) {

		static Child start(String name, Path workspace, Map<String, String> environment, List<String> settings,
				List<String> jvmOptions) throws IOException {
			Path report = workspace.resolve(name + "-report.json");
			Path log = workspace.resolve(name + ".log");
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					// As the README advises for production; the quick compiler tier only shortens the start.
					"-Xmx384m", "-XX:TieredStopAtLevel=1"));
			command.addAll(jvmOptions);
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReportingApplication.class.getName(),
					report.toString()));
			command.addAll(settings);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			// What the test JVM inherited (PATH, LANG) stays; nothing of Sinmun's own may leak in from the outside.
			builder.environment().keySet().removeIf(key -> key.startsWith("SINMUN_") || key.startsWith("SERVER_")
					|| key.startsWith("SPRING_"));
			builder.environment().putAll(environment);
			builder.directory(workspace.toFile());
			return new Child(name, builder.start(), report, log, Map.copyOf(environment));
		}

		/** What the application holds, once it is ready; fails with its log if it dies or takes too long. */
		JsonNode report() {
			await(name + " started").atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> Files.exists(reportFile) || !process.isAlive());
			if (!Files.exists(reportFile)) {
				throw new AssertionError(name + " stopped before it was ready:\n" + tail());
			}
			try {
				return JSON.readTree(Files.readString(reportFile, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		// A clean stop also stops the embedded PostgreSQL; after a forced one, the server it left is ended too.
		void stop() {
			process.destroy();
			try {
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
				}
				Path pid = Path.of(environment.get("SINMUN_DATA_DIR"), "postgres", "postmaster.pid");
				if (Files.exists(pid)) {
					ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).ifPresent(ProcessHandle::destroy);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException | RuntimeException ex) {
				// nothing was left running
			}
		}

		private String tail() {
			try {
				List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
			}
			catch (IOException ex) {
				return "(no log: " + ex + ")";
			}
		}

	}

}

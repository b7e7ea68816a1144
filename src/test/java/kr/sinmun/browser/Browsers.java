package kr.sinmun.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.NoSuchDriverException;

/**
 * Headless Chromium or Chrome. Where Debian's {@code chromium} and {@code chromedriver} are installed (CI, Linux
 * servers) they are used and nothing is downloaded; elsewhere (macOS, Windows) Selenium Manager finds the
 * installed Chrome and the chromedriver that matches it. {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} name
 * either explicitly. Phones dominate Korean news traffic, so every page is checked at 360 px as well as on a
 * 1280 px desktop.
 */
public final class Browsers {

	private static final String NO_BROWSER = """
			No Chrome or Chromium for the browser tests: install Chromium (Debian: apt-get install chromium \
			chromium-driver) or Google Chrome, or name them with CHROMIUM_BINARY and CHROMEDRIVER. \
			./mvnw test runs every test except the browser tests.""";

	private Browsers() {
	}

	public static ChromeDriver desktop() {
		return start(null, 1280, 900);
	}

	/**
	 * A desktop browser that presents as an ordinary Chrome: headless Chromium names itself in its user agent,
	 * and the site rightly counts nothing from it.
	 */
	public static ChromeDriver desktopReader() {
		return start(null, 1280, 900, "--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36");
	}

	public static ChromeDriver phone() {
		return start(Map.of("deviceMetrics", Map.of("width", 360, "height", 780, "pixelRatio", 2.0, "mobile", true),
				"userAgent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome Mobile"),
				360, 780);
	}

	/** A phone that presents as an ordinary mobile Chrome, for what the site rightly withholds from headless ones. */
	public static ChromeDriver phoneReader() {
		return start(Map.of("deviceMetrics", Map.of("width", 360, "height", 780, "pixelRatio", 2.0, "mobile", true),
				"userAgent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"),
				360, 780);
	}

	private static ChromeDriver start(Map<String, Object> mobile, int width, int height, String... extra) {
		try {
			Path profile = Files.createTempDirectory("sinmun-chromium");
			ChromeOptions options = new ChromeOptions();
			Path binary = installed("CHROMIUM_BINARY", "/usr/bin/chromium");
			if (binary != null) {
				options.setBinary(binary.toFile());
			}
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-quic", "--no-first-run", "--lang=ko-KR", "--window-size=" + width + "," + height,
					"--user-data-dir=" + profile);
			options.addArguments(extra);
			if (mobile != null) {
				options.setExperimentalOption("mobileEmulation", mobile);
			}
			ChromeDriverService.Builder service = new ChromeDriverService.Builder();
			Path driver = installed("CHROMEDRIVER", "/usr/bin/chromedriver");
			if (driver != null) {
				service.usingDriverExecutable(driver.toFile());
			}
			// Without a driver executable, ChromeDriver asks Selenium Manager for the browser and its driver.
			return new ChromeDriver(service.build(), options);
		}
		catch (NoSuchDriverException ex) {
			throw new IllegalStateException(NO_BROWSER, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file an environment variable names, else the Debian path when it is installed, else null for Selenium
	 * Manager to resolve. A named file must exist: a typo fails here with its name, not somewhere in Selenium.
	 */
	private static Path installed(String variable, String debianPath) {
		String named = System.getenv(variable);
		if (named != null && !named.isBlank()) {
			Path path = Path.of(named);
			if (!Files.isExecutable(path)) {
				throw new IllegalStateException(variable + "=" + named + " is not an executable file. " + NO_BROWSER);
			}
			return path;
		}
		Path debian = Path.of(debianPath);
		return Files.isExecutable(debian) ? debian : null;
	}

}

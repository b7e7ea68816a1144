package kr.sinmun.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: nothing is downloaded. Phones dominate Korean
 * news traffic, so every page is checked at 360 px as well as on a 1280 px desktop.
 */
public final class Browsers {

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

	private static ChromeDriver start(Map<String, Object> mobile, int width, int height, String... extra) {
		try {
			Path profile = Files.createTempDirectory("sinmun-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-quic", "--no-first-run", "--lang=ko-KR", "--window-size=" + width + "," + height,
					"--user-data-dir=" + profile);
			options.addArguments(extra);
			if (mobile != null) {
				options.setExperimentalOption("mobileEmulation", mobile);
			}
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
				.build();
			return new ChromeDriver(service, options);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

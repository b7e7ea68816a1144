package kr.sinmun.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browsers of one test class, quit after all its tests. Register it in a static field and start the class's
 * browsers from it in {@code @BeforeAll}:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserSession browsers = new BrowserSession();
 *
 * &#64;BeforeAll
 * static void startBrowsers() {
 *     desktop = browsers.desktop();
 *     phone = browsers.phone();
 * }
 * </pre>
 *
 * Every browser it started is quit, even when a later one failed to start or a test failed: a Chromium left
 * running holds memory that the rest of the suite, in the same JVM, needs.
 */
public final class BrowserSession implements AfterAllCallback {

	private final List<ChromeDriver> started = new ArrayList<>();

	/** A 1280 px desktop ({@link Browsers#desktop()}). */
	public ChromeDriver desktop() {
		return kept(Browsers.desktop());
	}

	/** A desktop that presents as an ordinary Chrome ({@link Browsers#desktopReader()}). */
	public ChromeDriver desktopReader() {
		return kept(Browsers.desktopReader());
	}

	/** A 360 px phone ({@link Browsers#phone()}). */
	public ChromeDriver phone() {
		return kept(Browsers.phone());
	}

	/** A phone that presents as an ordinary mobile Chrome ({@link Browsers#phoneReader()}). */
	public ChromeDriver phoneReader() {
		return kept(Browsers.phoneReader());
	}

	private synchronized ChromeDriver kept(ChromeDriver driver) {
		started.add(driver);
		return driver;
	}

	@Override
	public synchronized void afterAll(ExtensionContext context) {
		RuntimeException failure = null;
		for (ChromeDriver driver : started) {
			try {
				driver.quit();
			}
			catch (RuntimeException ex) {
				// One browser that will not quit must not keep the others running.
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		started.clear();
		if (failure != null) {
			throw failure;
		}
	}

}

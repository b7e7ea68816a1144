package kr.sinmun.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logging a browser in and out of the newsroom as a person does: through the login form. */
public final class NewsroomLogin {

	// Generous: on a loaded CI machine the first login of a class also waits for the newsroom's first page.
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private NewsroomLogin() {
	}

	/**
	 * Logs {@code driver} in as {@code username}, whoever was logged in on it before, and waits until the form has
	 * let it through. The login page is opened before the cookies are deleted: a browser deletes only the cookies
	 * of the page it is on, and there they include the form's own (path {@code /newsroom/login}); a browser still
	 * logged in is sent on to the newsroom, where deleting the session cookie logs it out. Then the form is opened
	 * afresh.
	 */
	public static void as(WebDriver driver, int port, String username, String password) {
		String login = "http://localhost:" + port + "/newsroom/login";
		driver.get(login);
		driver.manage().deleteAllCookies();
		driver.get(login);
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
		new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("/newsroom/login"));
	}

	/**
	 * Logs {@code driver} out and forgets what the newsroom's pages kept in it (local storage), so that the next
	 * test starts with the browser as a stranger's.
	 */
	public static void out(WebDriver driver, int port) {
		driver.get("http://localhost:" + port + "/newsroom/login");
		driver.manage().deleteAllCookies();
		((JavascriptExecutor) driver).executeScript("localStorage.clear()");
	}

}

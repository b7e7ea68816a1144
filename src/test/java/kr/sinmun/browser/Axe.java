package kr.sinmun.browser;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core's serious and critical findings on the page a browser shows, as the reader-page tests check them. */
public final class Axe {

	private Axe() {
	}

	/**
	 * Each serious or critical rule broken, with where. {@code label-content-name-mismatch} is experimental in axe
	 * and off by default; it is on here because it once failed on the article page (issue 15).
	 */
	public static List<String> seriousViolations(WebDriver driver) {
		AxeRunOptions options = new AxeRunOptions();
		AxeRuleOptions enabled = new AxeRuleOptions();
		enabled.setEnabled(true);
		options.setRules(Map.of("label-content-name-mismatch", enabled));
		return new AxeBuilder().withOptions(options)
			.analyze(driver)
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getTarget().toString()).toList())
			.toList();
	}

}

package kr.sinmun;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The W3C Nu HTML checker, run in-process on the bytes a page was served with. */
public final class HtmlChecker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HtmlChecker() {
	}

	/** The checker's errors for a document, as "line: message" strings; empty when the page is valid. */
	public static synchronized List<String> errors(String html) {
		try {
			EmbeddedValidator validator = new EmbeddedValidator();
			validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
			String output = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			List<String> errors = new ArrayList<>();
			for (JsonNode message : JSON.readTree(output).path("messages")) {
				String type = message.path("type").asString();
				if (("error".equals(type) || "non-document-error".equals(type)) && !isRenderBlockingExpect(message)) {
					errors.add(message.path("lastLine").asInt() + ": " + message.path("message").asString() + " ["
							+ message.path("extract").asString() + "]");
				}
			}
			return errors;
		}
		catch (Exception ex) {
			throw new IllegalStateException("HTML 검사기를 실행할 수 없습니다", ex);
		}
	}

	// CASE: the HTML standard allows blocking="render" on <link rel="expect"> (#link-type-expect; the WPT tests in
	// html/dom/render-blocking use exactly that), which every reader page has (layout/page.jte); this Nu release
	// still allows it on stylesheets only. Only that one message, on that one link, is left out.
	private static boolean isRenderBlockingExpect(JsonNode message) {
		return message.path("message").asString().startsWith("A “link” element with a “blocking” attribute must have a “rel” attribute")
				&& message.path("extract").asString().contains("<link rel=\"expect\" href=\"#site-footer\" blocking=\"render\">");
	}

}

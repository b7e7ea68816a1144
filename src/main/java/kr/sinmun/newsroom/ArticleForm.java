package kr.sinmun.newsroom;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import kr.sinmun.article.ArticleDetail;
import kr.sinmun.article.ArticleFields;
import kr.sinmun.article.ArticleText;

/**
 * The editor's fields as typed, from the form or from an autosave. Everything arrives as text and is checked
 * here, so a bad value gets a Korean message next to its field instead of a binding error that loses input.
 * {@code version} is the version the text was written over; {@code copy} names the editor window it comes from
 * (a random id its script picks and keeps with the browser's copy of the text). {@code series} is the id of the
 * 연재 chosen, empty for none, and {@code null} when the form did not send the field (the stored one stays).
 */
public record ArticleForm(String sectionId, String reporterId, String headline, String subheadline, String bodyHtml,
		String tags, String version, String coReporters, String wireSource, String copy, String series) {

	private static final Pattern COPY = Pattern.compile("[A-Za-z0-9-]{8,64}");

	static ArticleForm of(ArticleDetail article) {
		return new ArticleForm(String.valueOf(article.sectionId()), String.valueOf(article.reporterId()),
				article.headline(), article.subheadline() == null ? "" : article.subheadline(), article.bodyHtml(),
				String.join(", ", article.tags()), String.valueOf(article.version()),
				article.coReporterIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")),
				article.wireSource() == null ? "" : article.wireSource(), "", null);
	}

	/** The editor window's id, or {@code null} when none (or none that looks like one) was sent. */
	String editorCopy() {
		return editorCopy(copy);
	}

	static String editorCopy(String value) {
		return value != null && COPY.matcher(value).matches() ? value : null;
	}

	/** Co-reporters' ids as chosen, in order; anything that is not a number is dropped. */
	List<Long> coReporterIds() {
		if (coReporters == null || coReporters.isBlank()) {
			return List.of();
		}
		return Arrays.stream(coReporters.split(",")).map(ArticleForm::number).filter(java.util.Objects::nonNull).distinct().toList();
	}

	List<String> tagList() {
		if (tags == null || tags.isBlank()) {
			return List.of();
		}
		return Arrays.stream(tags.split("[,，\\n]")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
	}

	Integer versionNumber() {
		return number(version) == null ? null : number(version).intValue();
	}

	Integer sectionNumber() {
		return number(sectionId) == null ? null : number(sectionId).intValue();
	}

	Long reporterNumber() {
		return number(reporterId);
	}

	ArticleText text(long reporter) {
		return new ArticleText(sectionNumber(), reporter, headline == null ? "" : headline.strip(), subheadline,
				bodyHtml == null ? "" : bodyHtml, tagList(), coReporterIds(), wireSource);
	}

	/** An empty editor for a new article in {@code sectionId} under {@code reporterId}'s byline. */
	static ArticleForm blank(int sectionId, long reporterId) {
		return new ArticleForm(String.valueOf(sectionId), String.valueOf(reporterId), "", "", "", "", "0", "", "", "", "");
	}

	/**
	 * Problems that stop any save, by field name. {@code mayShareByline} says who may be chosen as 함께 쓴 기자
	 * (reporters and desk editors, and whoever the article already names).
	 */
	Map<String, String> problems(java.util.function.IntPredicate sectionExists,
			java.util.function.LongPredicate mayShareByline) {
		return problems(sectionExists, mayShareByline, false);
	}

	/** The same for a new article's first save, which has no version to name. */
	Map<String, String> problems(java.util.function.IntPredicate sectionExists,
			java.util.function.LongPredicate mayShareByline, boolean first) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!first && versionNumber() == null) {
			problems.put("version", "편집 버전 정보가 없습니다. 페이지를 새로 고쳐 주십시오.");
		}
		if (sectionNumber() == null || !sectionExists.test(sectionNumber())) {
			problems.put("sectionId", "섹션을 고르십시오.");
		}
		// The article module's rules for the text itself: lengths, and characters nothing may store or publish.
		problems.putAll(ArticleFields.problems(headline, subheadline, bodyHtml, tagList(), wireSource, null));
		if (coReporterIds().size() > ArticleFields.CO_REPORTERS_MAX
				|| !coReporterIds().stream().allMatch(mayShareByline::test)) {
			problems.put("coReporters",
					"함께 쓴 기자는 기자와 데스크 가운데 " + ArticleFields.CO_REPORTERS_MAX + "명까지 고를 수 있습니다.");
		}
		return problems;
	}

	/** What must be true before an article goes to the desk or to readers. */
	static Map<String, String> readiness(ArticleDetail article, boolean publishing) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (article.headline().isBlank()) {
			problems.put("headline", "제목을 쓰십시오.");
		}
		if (TextDiff.plainText(article.bodyHtml()).isBlank()) {
			problems.put("bodyHtml", "본문을 쓰십시오.");
		}
		if (publishing) {
			for (Element image : Jsoup.parseBodyFragment(article.bodyHtml()).select("img")) {
				if (image.attr("alt").isBlank()) {
					problems.put("bodyHtml", "모든 사진에 대체 텍스트(사진 설명)를 넣어야 출고할 수 있습니다.");
					break;
				}
			}
		}
		return problems;
	}

	static Long number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

package kr.sinmun.newsroom;

import java.util.List;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

import kr.sinmun.people.Role;
import kr.sinmun.weather.WeatherTicker;

import static org.assertj.core.api.Assertions.assertThat;

/** The weather settings screen, rendered from the precompiled template as the application renders it. */
class WeatherPageTests {

	private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

	private static String render(boolean configured, List<String> reports) {
		PageModels.Chrome chrome = new PageModels.Chrome("신문일보", "관리자", Role.ADMIN.label(), true, true, "_csrf", "X-CSRF-TOKEN",
				"token", "weather");
		StringOutput output = new StringOutput();
		TEMPLATES.render("newsroom/weather.jte", new PageModels.WeatherPage(chrome, configured, WeatherTicker.HOW_TO_GET_A_KEY,
				"-", "-", "-", "2026.11.28 09:05", "30", "SERVICE_KEY_IS_NOT_REGISTERED_ERROR", reports,
				"108 서울 37.5714 126.9658", null, null), output);
		return output.toString();
	}

	@Test
	void withoutAKeyTheScreenSaysHowToGetOne() {
		String html = render(false, List.of());
		assertThat(html).contains("기상청 키가 설정되지 않아 독자 화면에 날씨를 표시하지 않습니다")
			.contains(WeatherTicker.HOW_TO_GET_A_KEY)
			.contains("표시 중인 날씨가 없습니다");
	}

	@Test
	void withAKeyTheScreenShowsTheLastErrorCodeAndWhatReadersSee() {
		String html = render(true, List.of("구름많음 서울 29.7℃"));
		assertThat(html).doesNotContain("기상청 키가 설정되지 않아")
			.contains("<td>30</td>")
			.contains("SERVICE_KEY_IS_NOT_REGISTERED_ERROR")
			.contains("<li>구름많음 서울 29.7℃</li>");
	}

}

package kr.sinmun.newsroom;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HangulImeTests {

	private static List<String> shown(String text) {
		return HangulIme.steps(text).stream().map(step -> (step.commit() ? "+" : "") + step.text()).toList();
	}

	@Test
	void borrowsTheNextLeadAsAFinalConsonantThenGivesItBack() {
		assertThat(shown("하나")).containsExactly("ㅎ", "하", "한", "+하", "나", "+나");
	}

	@Test
	void commitsASyllableWithItsOwnFinalBeforeTheNextLead() {
		assertThat(shown("한국 기사")).containsExactly("ㅎ", "하", "한", "+한", "ㄱ", "구", "국", "+국", "+ ", "ㄱ", "기",
				"깃", "+기", "사", "+사");
	}

	@Test
	void committedTextIsExactlyTheTextTyped() {
		String text = "데이터센터 설립했다, AI 반도체 5G 확대.";
		String committed = String.join("",
				HangulIme.steps(text).stream().filter(HangulIme.Step::commit).map(HangulIme.Step::text).toList());
		assertThat(committed).isEqualTo(text);
	}

}

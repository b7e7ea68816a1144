package kr.sinmun.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeasersTests {

	@Test
	void cutsAtTheLastWordBoundaryAndMarksTheCut() {
		String text = "한빛시가 옥외 노동자의 휴식 시간을 보장하는 조례를 만든다";
		String cut = Teasers.cut(text, 20);
		assertThat(cut).endsWith("…");
		String head = cut.substring(0, cut.length() - 1);
		assertThat(text).startsWith(head);
		// The cut lands between words: what follows the kept part in the original is a space.
		assertThat(text.charAt(head.length())).isEqualTo(' ');
		assertThat(head.length()).isLessThanOrEqualTo(20);
	}

	@Test
	void leavesShortTextWhole() {
		assertThat(Teasers.cut("  짧은   글입니다. ", 120)).isEqualTo("짧은 글입니다.");
	}

	@Test
	void teaserSkipsCaptionsAndLeadImageIsTheFirstPhoto() {
		String body = "<p>첫 문단입니다.</p><figure><img src=\"/media/a.jpg\" alt=\"사진\"><figcaption>캡션</figcaption></figure><p>둘째 문단.</p>";
		assertThat(Teasers.teaser(body)).isEqualTo("첫 문단입니다. 둘째 문단.");
		assertThat(Teasers.leadImage(body)).isEqualTo("/media/a.jpg");
	}

}

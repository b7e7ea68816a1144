package kr.sinmun.newsroom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	@Test
	void readsOneLinePerParagraphListItemAndCaptionWithoutRepeatingNestedText() {
		String html = "<p>첫 문단.</p><ul><li><p>목록 하나</p></li></ul><blockquote><p>인용문.</p></blockquote>"
				+ "<figure><img src=\"/a.png\" alt=\"사진\"><figcaption>캡션 <span class=\"credit\">사진=기자</span></figcaption></figure>";
		assertThat(TextDiff.plainText(html)).isEqualTo("첫 문단.\n목록 하나\n인용문.\n캡션 사진=기자");
	}

	@Test
	void marksRemovedAndAddedWordsAndKeepsTheRest() {
		assertThat(TextDiff.between("정부가 예산안을 냈다", "정부가 수정 예산안을 냈다"))
			.extracting(segment -> segment.kind() + ":" + segment.text())
			.containsExactly("same:정부가 ", "added:수정 ", "same:예산안을 냈다");
		assertThat(TextDiff.between("기준금리를 동결했다", "기준금리를 인상했다"))
			.extracting(segment -> segment.kind() + ":" + segment.text())
			.containsExactly("same:기준금리를 ", "removed:동결했다", "added:인상했다");
	}

	@Test
	void identicalTextsHaveNoChange() {
		assertThat(TextDiff.changed(TextDiff.between("같은 글", "같은 글"))).isFalse();
		assertThat(TextDiff.changed(TextDiff.between("", "새 글"))).isTrue();
	}

}

package kr.sinmun.newsroom;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

	@Test
	void marksChangesInSeveralPlacesAndTheSegmentsGiveBackBothTexts() {
		String older = "서울시는 4일 내년도 예산안을 발표했다.\n시의회는 다음 주 심사에 들어간다.\n예산은 45조 원 규모다.";
		String newer = "서울시는 5일 내년도 수정 예산안을 발표했다.\n시의회는 다음 주 심사에 들어간다.\n예산은 47조 원 규모다.";
		List<DiffSegment> segments = TextDiff.between(older, newer);

		assertThat(segments).extracting(segment -> segment.kind() + ":" + segment.text())
			.containsExactly("same:서울시는 ", "removed:4일 ", "added:5일 ", "same:내년도 ", "added:수정 ",
					"same:예산안을 발표했다.\n시의회는 다음 주 심사에 들어간다.\n예산은 ", "removed:45조 ", "added:47조 ", "same:원 규모다.");
		assertThat(text(segments, "added")).isEqualTo(older);
		assertThat(text(segments, "removed")).isEqualTo(newer);
	}

	@Test
	void anEmptySideIsAllAddedOrAllRemoved() {
		assertThat(TextDiff.between(null, "새 글 😀")).extracting(segment -> segment.kind() + ":" + segment.text())
			.containsExactly("added:새 글 😀");
		assertThat(TextDiff.between("지운 글", "")).extracting(segment -> segment.kind() + ":" + segment.text())
			.containsExactly("removed:지운 글");
		assertThat(TextDiff.between("", null)).isEmpty();
	}

	@Test
	void aTextRewrittenFromEndToEndIsShownRemovedThenAdded() {
		String older = IntStream.range(0, 3000).mapToObj(i -> "옛" + i).collect(Collectors.joining(" "));
		String newer = IntStream.range(0, 3000).mapToObj(i -> "새" + i).collect(Collectors.joining(" "));

		assertThat(TextDiff.between(older, newer)).extracting(DiffSegment::kind).containsExactly("removed", "added");
	}

	@Test
	void aLongTextWithAFewChangesIsStillComparedWordByWord() {
		List<String> words = IntStream.range(0, 5000).mapToObj(i -> "단어" + i + " ").collect(Collectors.toList());
		String older = String.join("", words);
		words.set(10, "바뀐말 ");
		words.set(4000, "고친말 ");
		List<DiffSegment> segments = TextDiff.between(older, String.join("", words));

		assertThat(segments).filteredOn(segment -> !segment.same())
			.extracting(segment -> segment.kind() + ":" + segment.text())
			.containsExactly("removed:단어10 ", "added:바뀐말 ", "removed:단어4000 ", "added:고친말 ");
	}

	// The text of every segment but those of one kind: without the added ones, the older text.
	private static String text(List<DiffSegment> segments, String without) {
		return segments.stream().filter(segment -> !segment.kind().equals(without)).map(DiffSegment::text).collect(Collectors.joining());
	}

}

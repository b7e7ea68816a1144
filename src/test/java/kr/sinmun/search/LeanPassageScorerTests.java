package kr.sinmun.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeanPassageScorerTests {

	// The replacement must choose the same passages as Lucene's own scorer: compare the scores exactly over
	// many random passages with repeated terms, as Korean sentences have them (조사 attached, same noun twice).
	@Test
	void scoresEveryPassageExactlyAsLucenesScorer() {
		String[] words = { "예산", "예산안", "시의회", "통과", "데이터", "센터", "전세", "사기" };
		Random random = new Random(20261128);
		PassageScorer lucene = new PassageScorer();
		PassageScorer lean = new PageHighlighter.LeanPassageScorer();
		for (int round = 0; round < 5_000; round++) {
			Passage passage = new Passage();
			int start = random.nextInt(5_000);
			passage.setStartOffset(start);
			passage.setEndOffset(start + 1_000);
			int matches = random.nextInt(12);
			int offset = start;
			for (int i = 0; i < matches; i++) {
				String word = words[random.nextInt(words.length)];
				passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + random.nextInt(20));
				offset += word.length() + 1 + random.nextInt(60);
			}
			passage.setEndOffset(Math.min(start + 1_000, offset + random.nextInt(100)));
			int contentLength = offset + 200 + random.nextInt(3_000);
			assertThat(lean.score(passage, contentLength)).as("round %d", round).isEqualTo(lucene.score(passage, contentLength));
		}
	}

}

package kr.sinmun.weather;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsosTextTests {

	@Test
	void readsRowsByTheHeadersColumnNames() throws Exception {
		String text = FakeKma.HEADER + FakeKma.row("202608181500", 156, "33.7", "-9", "0", "-9.0") + "\n"
				+ FakeKma.row("202608181500", 108, "29.7", "-9", "7", "-9.0") + "\n"
				+ FakeKma.row("202608181500", 159, "24.1", "61", "10", "3.5") + "\n"
				+ FakeKma.row("202608181500", 184, "-99.0", "-9", "3", "-9.0") + "\n"
				+ FakeKma.row("202608181500", 105, "-9.0", "-9", "-9", "-9.0") + "\n#7777END\n";
		Map<Integer, Observation> observations = AsosText.parse(text);

		assertThat(observations.get(156)).isEqualTo(
				new Observation(156, "맑음", 33.7, Instant.parse("2026-08-18T06:00:00Z")));
		assertThat(observations.get(108).word()).isEqualTo("구름많음");
		assertThat(observations.get(159).word()).isEqualTo("비");
		// A missing temperature (-99.0) drops the station; -9.0 ℃ is a real winter temperature.
		assertThat(observations).doesNotContainKey(184);
		assertThat(observations.get(105).temperature()).isEqualTo(-9.0);
		assertThat(observations.get(105).word()).isNull();
	}

	@Test
	void followsTheHeaderWhenAColumnIsMissing() throws Exception {
		// The older 45-column layout has no RN_JUN: every column after it moves one place left.
		String header = FakeKma.HEADER.replaceFirst("RN     RN     RN     RN", "RN     RN     RN");
		String[] fields = FakeKma.row("202601101200", 108, "-3.2", "71", "9", "-9.0").split("\\s+");
		String[] old = new String[45];
		System.arraycopy(fields, 0, old, 0, 17);
		System.arraycopy(fields, 18, old, 17, 28);
		Map<Integer, Observation> observations = AsosText.parse(header + String.join(" ", old) + "\n#7777END\n");
		assertThat(observations.get(108).temperature()).isEqualTo(-3.2);
		assertThat(observations.get(108).word()).isEqualTo("눈");
	}

	@Test
	void refusesTextThatIsNotAnAsosTable() {
		assertThatThrownBy(() -> AsosText.parse("<html>점검 중</html>")).isInstanceOf(KmaException.class);
	}

}

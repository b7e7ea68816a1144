package kr.sinmun.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanParticlesTests {

	@Test
	void choosesByTheLastSyllablesFinalConsonant() {
		assertThat("반도체" + KoreanParticles.objectOf("반도체")).isEqualTo("반도체를");
		assertThat("국토교통부" + KoreanParticles.objectOf("국토교통부")).isEqualTo("국토교통부를");
		assertThat("서울" + KoreanParticles.objectOf("서울")).isEqualTo("서울을");
		assertThat("부동산" + KoreanParticles.objectOf("부동산 ")).isEqualTo("부동산을");
		assertThat("전화" + KoreanParticles.topicOf("전화")).isEqualTo("전화는");
		assertThat("신문 이름" + KoreanParticles.topicOf("신문 이름")).isEqualTo("신문 이름은");
		assertThat("출고" + KoreanParticles.objectOf("출고")).isEqualTo("출고를");
		assertThat("송고 취소" + KoreanParticles.objectOf("송고 취소")).isEqualTo("송고 취소를");
		assertThat("엠바고" + KoreanParticles.subjectOf("엠바고")).isEqualTo("엠바고가");
		assertThat("반려" + KoreanParticles.subjectOf("반려")).isEqualTo("반려가");
		assertThat("예약" + KoreanParticles.subjectOf("예약")).isEqualTo("예약이");
	}

	@Test
	void readsDigitsAsTheirKoreanNamesAndWritesBothFormsWhenTheReadingIsUnknown() {
		assertThat(KoreanParticles.subjectOf("108")).isEqualTo("이"); // 팔
		assertThat(KoreanParticles.subjectOf("112")).isEqualTo("가"); // 이
		assertThat(KoreanParticles.subjectOf("159")).isEqualTo("가"); // 구
		assertThat(KoreanParticles.subjectOf("143")).isEqualTo("이"); // 삼
		assertThat(KoreanParticles.objectOf("KTX")).isEqualTo("을(를)");
		assertThat(KoreanParticles.objectOf("")).isEqualTo("을(를)");
		assertThat(KoreanParticles.topicOf(null)).isEqualTo("은(는)");
	}

}

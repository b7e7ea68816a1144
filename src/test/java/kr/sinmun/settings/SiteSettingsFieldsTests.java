package kr.sinmun.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteSettingsFieldsTests {

	@Test
	void theFootersEmailMustBeAnAddressAReaderCanWriteTo() {
		for (String good : new String[] { "desk@sinmun.example", "jebo.news@hanbit-ilbo.co.kr", " desk@sinmun.example ", "" }) {
			assertThat(SiteSettings.fieldProblem("email", good)).as(good).isNull();
		}
		for (String bad : new String[] { "not-an-email", "desk@localhost", "a b@sinmun.example", "desk@@sinmun.example",
				"<script>@x.kr", "desk@sinmun.", "데스크 앞" }) {
			assertThat(SiteSettings.fieldProblem("email", bad)).as(bad).startsWith("이메일은");
		}
	}

	@Test
	void theFootersTelephoneMustBeANumberAReaderCanDial() {
		for (String good : new String[] { "02-000-0000", "1588-0000", "+82 2 123 4567", "(02) 123-4567", "031.123.4567" }) {
			assertThat(SiteSettings.fieldProblem("phone", good)).as(good).isNull();
		}
		for (String bad : new String[] { "<script>", "전화 주세요", "12", "02-000-0000 내선 3", "02-000-0000-" }) {
			assertThat(SiteSettings.fieldProblem("phone", bad)).as(bad).startsWith("전화는");
		}
	}

	@Test
	void otherFieldsAreTheirWritersText() {
		assertThat(SiteSettings.fieldProblem("address", "서울특별시 중구 <세종대로>")).isNull();
		assertThat(SiteSettings.fieldProblem("registrationDate", "2025년 1월 2일")).isNull();
	}

}

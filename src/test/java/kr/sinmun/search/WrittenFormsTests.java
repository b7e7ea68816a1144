package kr.sinmun.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenFormsTests {

	private final KoreanAnalyzers analyzers = new KoreanAnalyzers(null);

	@Test
	void writesEqualAmountsAsOneNumber() {
		assertThat(WrittenForms.rewrite("2조5000억원").text()).isEqualTo("2500000000000원");
		assertThat(WrittenForms.rewrite("2조 5천억 원").text()).isEqualTo("2500000000000 원");
		assertThat(WrittenForms.rewrite("2.5조 원").text()).isEqualTo("2500000000000 원");
		assertThat(WrittenForms.rewrite("1만2000명").text()).isEqualTo("12000명");
		assertThat(WrittenForms.rewrite("12,000명").text()).isEqualTo("12000명");
		assertThat(WrittenForms.rewrite("2억5000만 달러").text()).isEqualTo("250000000 달러");
		assertThat(WrittenForms.rewrite("2.5억 달러").text()).isEqualTo("250000000 달러");
		assertThat(WrittenForms.rewrite("5천만 원").text()).isEqualTo("50000000 원");
		assertThat(WrittenForms.rewrite("3백억").text()).isEqualTo("30000000000");
	}

	@Test
	void writesUnitsOneWay() {
		assertThat(WrittenForms.rewrite("500메가와트").text()).isEqualTo("500MW");
		assertThat(WrittenForms.rewrite("500mw").text()).isEqualTo("500MW");
		assertThat(WrittenForms.rewrite("2기가와트").text()).isEqualTo("2GW");
		assertThat(WrittenForms.rewrite("섭씨 35도").text()).isEqualTo("35도");
		assertThat(WrittenForms.rewrite("35℃").text()).isEqualTo("35도");
		assertThat(WrittenForms.rewrite("84㎡").text()).isEqualTo("84제곱미터");
		assertThat(WrittenForms.rewrite("3Q 실적").text()).isEqualTo("3분기 실적");
		assertThat(WrittenForms.rewrite("3/4분기").text()).isEqualTo("3분기");
	}

	@Test
	void leavesOtherNumbersAsWritten() {
		assertThat(WrittenForms.rewrite("헌법 제37조 2항").text()).isEqualTo("헌법 제37조 2항");
		assertThat(WrittenForms.rewrite("2026년 3.5% 올랐다").text()).isEqualTo("2026년 3.5% 올랐다");
		assertThat(WrittenForms.rewrite("매출 3조 2025년 목표").text()).isEqualTo("매출 3000000000000 2025년 목표");
		assertThat(WrittenForms.rewrite("5G 서비스").text()).isEqualTo("5G 서비스");
	}

	@Test
	void equalAmountsAndUnitsMeetOnOneTermAtIndexAndQueryTime() {
		List<List<String>> groups = List.of(List.of("2조5000억원", "2조 5천억 원", "2.5조 원"),
				List.of("1만2000명", "12,000명"), List.of("2억5000만 달러", "2.5억 달러"), List.of("500MW", "500메가와트"),
				List.of("섭씨 35도", "35℃"), List.of("84㎡", "84제곱미터"), List.of("3분기", "3Q"));
		for (List<String> group : groups) {
			List<String> first = analyzers.queryTerms(group.get(0));
			for (String form : group) {
				assertThat(analyzers.queryTerms(form)).as(form).isEqualTo(first);
				assertThat(indexTerms(form)).as(form).containsAll(first);
			}
		}
		assertThat(analyzers.queryTerms("2조5000억원을 투입했다")).startsWith("2500000000000", "원");
		assertThat(analyzers.queryTerms("2조 원")).doesNotContainAnyElementsOf(analyzers.queryTerms("2조5000억원").subList(0, 1));
	}

	@Test
	void offsetsStillPointAtWhatWasWritten() throws IOException {
		String text = "예산 2조 5천억 원을 84㎡ 주택에";
		List<String> written = new ArrayList<>();
		try (TokenStream stream = analyzers.index().tokenStream("body", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				written.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		assertThat(written).contains("2500000000000=2조 5천억", "원=원", "84=84", "제곱미터=㎡", "주택=주택");
	}

	private List<String> indexTerms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzers.index().tokenStream("body", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return terms;
	}

}

package kr.sinmun.newsroom;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDownloadTests {

	@Test
	void startsWithAByteOrderMarkAndEndsEveryRecordWithCrlfForExcel() {
		byte[] bytes = new CsvDownload("날짜", "캠페인", "노출").row(LocalDate.of(2026, 12, 4), "겨울 할인", 1200L).bytes();

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF날짜,캠페인,노출\r\n2026-12-04,겨울 할인,1200\r\n");
	}

	@Test
	void quotesWhatWouldSplitACellAndAParserReadsBackEveryValue() throws Exception {
		List<String> hostile = List.of("자체 취재한 기사, 쉼표 포함", "\"따옴표\" 인용", "첫 줄\r\n둘째 줄", "끝에 공백 ", "😀 이모지", "");
		String text = new String(new CsvDownload("a", "b", "c", "d", "e", "f").row(hostile.toArray()).bytes(),
				StandardCharsets.UTF_8);

		assertThat(text).contains("\r\n\"자체 취재한 기사, 쉼표 포함\",").contains("\"\"\"따옴표\"\" 인용\"");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
		assertThat(records).hasSize(2);
		assertThat(records.get(1).toList()).isEqualTo(hostile);
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
		assertThat(CsvDownload.text("=HYPERLINK(\"http://evil\",\"클릭\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"클릭\")");
		assertThat(CsvDownload.text("+82 10")).isEqualTo("'+82 10");
		assertThat(CsvDownload.text("-5%")).isEqualTo("'-5%");
		assertThat(CsvDownload.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvDownload.text("국회 = 예산")).isEqualTo("국회 = 예산");
		assertThat(CsvDownload.text("")).isEmpty();
		assertThat(CsvDownload.text(null)).isEmpty();
		String row = new String(new CsvDownload("제목").row(CsvDownload.text("=1+2, 그리고")).bytes(), StandardCharsets.UTF_8);
		assertThat(row).endsWith("\r\n\"'=1+2, 그리고\"\r\n");
	}

	@Test
	void isSentAsUtf8CsvWithTheKoreanFileName() {
		ResponseEntity<byte[]> response = new CsvDownload("제목").download("기사목록_2026-11-05_2026-12-04.csv");

		assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("기사목록_2026-11-05_2026-12-04.csv");
		assertThat(response.getBody()).startsWith(0xEF, 0xBB, 0xBF);
	}

}

package kr.sinmun.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The header's value as RFC 8941 parses an sf-string, with the draft's single value and our length limit. */
class IdempotencyKeyTests {

	private static String parse(String... lines) throws IdempotencyKey.MalformedException {
		return IdempotencyKey.parse(List.of(lines)).value();
	}

	@Test
	void readsAQuotedStringWithItsEscapes() throws Exception {
		assertThat(parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"")).isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
		assertThat(parse("  \"a \\\"b\\\" \\\\c\"  ")).isEqualTo("a \"b\" \\c");
		assertThat(parse("\"" + "k".repeat(255) + "\"")).hasSize(255);
	}

	@Test
	void refusesWhatIsNotOneStringOfOneTo255PrintableAsciiCharacters() {
		// Tomcat hands header bytes over as ISO-8859-1: UTF-8 Hangul arrives as characters above 0x7e.
		String hangulAsTomcatSeesIt = new String("\"열쇠\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		for (List<String> lines : List.<List<String>>of(List.of("8e03978e"), List.of("\"\""), List.of("\"" + "k".repeat(256) + "\""),
				List.of(hangulAsTomcatSeesIt), List.of("\"tab\there\""), List.of("\"open"), List.of("\"a\\b\""),
				List.of("\"a\"; expires=1"), List.of("\"a\", \"b\""), List.of("\"a\"", "\"b\""), List.of(""), List.of())) {
			assertThatThrownBy(() -> IdempotencyKey.parse(lines)).as("%s", lines)
				.isInstanceOf(IdempotencyKey.MalformedException.class)
				.hasMessageContaining("Idempotency-Key");
		}
	}

}

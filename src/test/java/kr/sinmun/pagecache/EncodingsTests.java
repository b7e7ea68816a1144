package kr.sinmun.pagecache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EncodingsTests {

	@Test
	void prefersBrotliThenGzipAsBrowsersSendThem() {
		assertThat(Encodings.preferred("gzip, deflate, br, zstd", true)).isEqualTo(Encodings.BROTLI);
		assertThat(Encodings.preferred("gzip, deflate, br, zstd", false)).as("no Brotli stored").isEqualTo(Encodings.GZIP);
		assertThat(Encodings.preferred("gzip", true)).isEqualTo(Encodings.GZIP);
		assertThat(Encodings.preferred("GZIP;q=0.5", true)).isEqualTo(Encodings.GZIP);
		assertThat(Encodings.preferred(null, true)).isEqualTo(Encodings.IDENTITY);
		assertThat(Encodings.preferred("", true)).isEqualTo(Encodings.IDENTITY);
		assertThat(Encodings.preferred("identity", true)).isEqualTo(Encodings.IDENTITY);
	}

	@Test
	void honoursRefusalsAndTheWildcard() {
		assertThat(Encodings.preferred("br;q=0, gzip", true)).isEqualTo(Encodings.GZIP);
		assertThat(Encodings.preferred("br; q=0.000, gzip;q=0", true)).isEqualTo(Encodings.IDENTITY);
		assertThat(Encodings.preferred("*", true)).isEqualTo(Encodings.BROTLI);
		assertThat(Encodings.preferred("*;q=0", true)).isEqualTo(Encodings.IDENTITY);
		assertThat(Encodings.preferred("gzip;q=0, *", false)).isEqualTo(Encodings.IDENTITY);
		assertThat(Encodings.preferred("br;q=abc", true)).as("a malformed weight is not a refusal").isEqualTo(Encodings.BROTLI);
	}

}

package kr.sinmun.pagecache;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored headers go to the connector as bytes, which Tomcat writes unchecked: they must already be what Tomcat
 * would have sent for the string, or a stray line break would end the header block early.
 */
class PageCacheHeaderTests {

	@Test
	void aLineBreakInAStoredHeaderGoesOutAsSpacesLikeTomcatSendsAString() {
		PageCache.Header header = PageCache.Header.of("Surrogate-Key", "site\r\nSet-Cookie: a=1\tarticle-7");
		assertThat(new String(header.nameBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("Surrogate-Key");
		assertThat(new String(header.valueBytes(), StandardCharsets.ISO_8859_1))
			.isEqualTo("site  Set-Cookie: a=1\tarticle-7");
	}

	@Test
	void latinOneTextKeepsItsBytes() {
		PageCache.Header header = PageCache.Header.of("Content-Type", "text/html;charset=UTF-8");
		assertThat(header.valueBytes()).isEqualTo("text/html;charset=UTF-8".getBytes(StandardCharsets.US_ASCII));
		assertThat(PageCache.Header.of("X-Test", "café\u007f").valueBytes())
			.isEqualTo(new byte[] { 'c', 'a', 'f', (byte) 0xE9, ' ' });
	}

}

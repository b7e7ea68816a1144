package kr.sinmun.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text an article holds, the document parses and says what the text says, less only the characters XML
 * 1.0 cannot carry. Each document is read back by the JDK's namespace-aware DOM parser, which refuses any
 * forbidden character or malformed markup.
 */
class XmlDocumentTests {

	// U+FFFF, U+FFFE, C0 controls, lone surrogates of both kinds, beside what must survive: markup characters,
	// a CDATA terminator, an emoji (a surrogate pair), Hangul, tab and line break.
	private static final String HOSTILE = "속보\uFFFF: 예산 <b>&amp;</b> \"인상\" & 'ㄱ'\u0000\u0001\u0008\u000B\u000C\u000E\u001F"
			+ " ]]> 끝\uFFFE 😀\uD800 \uDC00한글\tㄲ\n둘째 줄";

	private static final String KEPT = "속보: 예산 <b>&amp;</b> \"인상\" & 'ㄱ' ]]> 끝 😀 한글\tㄲ\n둘째 줄";

	@Test
	void keepsHostileTextInElementsAttributesAndCdataAndDropsOnlyWhatXmlForbids() throws Exception {
		byte[] bytes = new XmlDocument(1024, "rss", "content", "http://purl.org/rss/1.0/modules/content/")
			.attribute("version", HOSTILE)
			.start("channel")
			.element("title", HOSTILE)
			.cdataElement("content:encoded", HOSTILE + "]]>]]]]>")
			.end()
			.finish();

		Document document = parse(bytes);
		Element root = document.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("rss");
		// A parser normalizes a tab or line break in an attribute to a space (StAX writes them as they are); our
		// attributes are URLs and keywords, which hold neither.
		assertThat(root.getAttribute("version")).isEqualTo(KEPT.replace('\t', ' ').replace('\n', ' '));
		Element channel = (Element) root.getElementsByTagName("channel").item(0);
		assertThat(channel.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(KEPT);
		Node encoded = channel.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0);
		assertThat(encoded).as("content:encoded in its namespace").isNotNull();
		assertThat(encoded.getTextContent()).isEqualTo(KEPT + "]]>]]]]>");
	}

	@Test
	void writesUtf8WithItsDeclarationAndTheDefaultNamespace() throws Exception {
		byte[] bytes = new XmlDocument(256, "urlset", "", "http://www.sitemaps.org/schemas/sitemap/0.9").start("url")
			.element("loc", "https://news.example/news/1?a=1&b=한")
			.end()
			.finish();

		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("<loc>https://news.example/news/1?a=1&amp;b=한</loc>");
		Document document = parse(bytes);
		assertThat(document.getXmlEncoding()).isEqualTo("UTF-8");
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(root.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent())
			.isEqualTo("https://news.example/news/1?a=1&b=한");
	}

	@Test
	void aMissingValueIsAnEmptyElement() throws Exception {
		byte[] bytes = new XmlDocument(256, "rss").start("channel").element("title", null).end().finish();

		assertThat(parse(bytes).getElementsByTagName("title").item(0).getTextContent()).isEmpty();
	}

	private static Document parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

}

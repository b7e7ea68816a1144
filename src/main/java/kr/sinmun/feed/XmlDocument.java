package kr.sinmun.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import kr.sinmun.platform.ForbiddenCharacters;

/**
 * One feed or sitemap, written with the JDK's StAX writer, which does the escaping of text and attributes.
 * What StAX does not do is refuse characters XML 1.0 forbids (it would write U+FFFF or a lone surrogate as
 * they are, and the document would no longer parse), so every text and attribute value passes
 * {@link ForbiddenCharacters#strip} first: a bad row never breaks a feed for everyone.
 *
 * <p>Prefixed names ({@code content:encoded}) take their namespace from the ones declared on the root element.
 */
final class XmlDocument {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

	private final ByteArrayOutputStream bytes;

	private final XMLStreamWriter writer;

	private final Map<String, String> namespaces = new LinkedHashMap<>();

	/**
	 * Starts a document with its root element; {@code namespaces} are pairs of prefix and URI, the prefix
	 * {@code ""} for the default namespace.
	 */
	XmlDocument(int sizeHint, String root, String... namespaces) {
		this.bytes = new ByteArrayOutputStream(sizeHint);
		try {
			this.writer = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
			writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			writer.writeCharacters("\n");
			writer.writeStartElement(root);
			for (int i = 0; i < namespaces.length; i += 2) {
				this.namespaces.put(namespaces[i], namespaces[i + 1]);
				if (namespaces[i].isEmpty()) {
					writer.writeDefaultNamespace(namespaces[i + 1]);
				}
				else {
					writer.writeNamespace(namespaces[i], namespaces[i + 1]);
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlDocument attribute(String name, String value) {
		try {
			writer.writeAttribute(name, clean(value));
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	XmlDocument start(String name) {
		try {
			writer.writeCharacters("\n");
			int colon = name.indexOf(':');
			if (colon < 0) {
				writer.writeStartElement(name);
			}
			else {
				String prefix = name.substring(0, colon);
				writer.writeStartElement(prefix, name.substring(colon + 1), namespaces.get(prefix));
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	XmlDocument end() {
		try {
			writer.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	XmlDocument text(String text) {
		try {
			writer.writeCharacters(clean(text));
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** An element holding only text. */
	XmlDocument element(String name, String text) {
		return start(name).text(text).end();
	}

	/**
	 * An element holding text as CDATA, the form feed readers expect for HTML. A {@code ]]>} inside ends one
	 * section and starts the next between its {@code ]]} and {@code >}, which StAX leaves to the caller.
	 */
	XmlDocument cdataElement(String name, String text) {
		start(name);
		String rest = clean(text);
		try {
			for (int end = rest.indexOf("]]>"); end >= 0; end = rest.indexOf("]]>")) {
				writer.writeCData(rest.substring(0, end + 2));
				rest = rest.substring(end + 2);
			}
			writer.writeCData(rest);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return end();
	}

	/** Closes the root element and the document. */
	byte[] finish() {
		try {
			writer.writeCharacters("\n");
			writer.writeEndElement();
			writer.writeCharacters("\n");
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private static String clean(String text) {
		return text == null ? "" : ForbiddenCharacters.strip(text);
	}

}

package kr.sinmun.settings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A logo's SVG rebuilt from a strict allow-list: shapes, gradients, clip paths and text with their presentation
 * attributes, nothing else. Scripts, event handlers, {@code <style>}, {@code <foreignObject>}, images, links,
 * animation and every reference outside the file (only {@code #id} may be named) are dropped, and a document
 * with a DOCTYPE is refused (no entities, no XXE). The copy is written by the JDK's XML writer, so what comes
 * out is well-formed whatever came in.
 */
final class SvgAllowList {

	static final String SVG_NS = "http://www.w3.org/2000/svg";

	private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

	// Bounds the work one upload can cost; a logo is a few hundred elements.
	private static final int MAX_ELEMENTS = 20_000;

	private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "path", "rect", "circle",
			"ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop",
			"clipPath", "mask", "use", "symbol");

	private static final Set<String> TEXT_ELEMENTS = Set.of("title", "desc", "text", "tspan");

	private static final Set<String> ATTRIBUTES = Set.of("id", "viewBox", "width", "height", "x", "y", "x1", "y1",
			"x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "dx", "dy", "transform", "offset",
			"preserveAspectRatio", "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits",
			"maskContentUnits", "version", "style", "href");

	// Presentation attributes, allowed as attributes and as declarations in a style attribute.
	private static final Set<String> PRESENTATION = Set.of("fill", "fill-opacity", "fill-rule", "clip-rule",
			"stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
			"stroke-dasharray", "stroke-dashoffset", "opacity", "stop-color", "stop-opacity", "clip-path", "mask",
			"font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
			"letter-spacing", "visibility", "display", "color");

	private static final Pattern LOCAL_REFERENCE = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.:-]{0,100}");

	private static final Pattern URL = Pattern.compile("url\\(", Pattern.CASE_INSENSITIVE);

	private static final Pattern LOCAL_URL = Pattern.compile("url\\(\\s*['\"]?#[A-Za-z_][A-Za-z0-9_.:-]{0,100}['\"]?\\s*\\)",
			Pattern.CASE_INSENSITIVE);

	// What a style declaration's value may hold once its url(#…) are taken out: colours, numbers, units, lists
	// and quoted font names; no backslash escapes, at-rules or functions but rgb()/rgba()/hsl().
	private static final Pattern PLAIN_VALUE = Pattern.compile("[#A-Za-z0-9 .,%'\"_-]*|(?:rgba?|hsla?)\\([0-9 .,%]*\\)");

	private SvgAllowList() {
	}

	/**
	 * The allowed part of {@code bytes} as UTF-8 SVG.
	 * @throws InvalidLogoException when the bytes are not an SVG document, or declare a DOCTYPE
	 */
	static byte[] clean(byte[] bytes) {
		Document document = parse(bytes);
		Element root = document.getDocumentElement();
		if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
			throw new InvalidLogoException(400, "SVG 파일이 아닙니다. 로고는 PNG 또는 SVG 파일로 올려 주십시오.");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		try {
			XMLStreamWriter writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			int[] budget = { MAX_ELEMENTS };
			copy(root, writer, true, budget);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new InvalidLogoException(400, "SVG 파일을 읽을 수 없습니다.");
		}
		return out.toByteArray();
	}

	private static Document parse(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(bytes));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		catch (SAXException | IOException ex) {
			throw new InvalidLogoException(400,
					"SVG 파일을 읽을 수 없습니다. DOCTYPE이나 엔티티가 없는 올바른 SVG(XML) 파일을 올려 주십시오.");
		}
	}

	private static void copy(Element element, XMLStreamWriter writer, boolean root, int[] budget)
			throws XMLStreamException {
		if (--budget[0] < 0) {
			throw new InvalidLogoException(400, "SVG 파일이 너무 복잡합니다(요소 2만 개 초과).");
		}
		String name = element.getLocalName();
		writer.writeStartElement(name);
		if (root) {
			writer.writeDefaultNamespace(SVG_NS);
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String value = allowedValue(attribute);
			if (value != null) {
				writer.writeAttribute(attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName(),
						value);
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.ELEMENT_NODE && SVG_NS.equals(child.getNamespaceURI())
					&& ELEMENTS.contains(child.getLocalName())) {
				copy((Element) child, writer, false, budget);
			}
			else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
					&& TEXT_ELEMENTS.contains(name)) {
				writer.writeCharacters(child.getNodeValue());
			}
		}
		writer.writeEndElement();
	}

	// The value to keep for an attribute, or null to drop it.
	private static String allowedValue(Attr attribute) {
		String namespace = attribute.getNamespaceURI();
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		String value = attribute.getValue().strip();
		if (XLINK_NS.equals(namespace) && name.equals("href") || namespace == null && name.equals("href")) {
			// CASE: <use> may only repeat a shape of the same file.
			return LOCAL_REFERENCE.matcher(value).matches() ? value : null;
		}
		if (namespace != null) {
			return null;
		}
		if (name.equals("style")) {
			String style = style(value);
			return style.isEmpty() ? null : style;
		}
		if (!ATTRIBUTES.contains(name) && !PRESENTATION.contains(name)) {
			return null;
		}
		return safeValue(value) ? value : null;
	}

	// Only the declarations of presentation properties with safe values.
	private static String style(String value) {
		StringBuilder kept = new StringBuilder();
		for (String declaration : value.split(";")) {
			int colon = declaration.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String propertyValue = declaration.substring(colon + 1).strip();
			if (PRESENTATION.contains(property) && safeValue(propertyValue)
					&& PLAIN_VALUE.matcher(LOCAL_URL.matcher(propertyValue).replaceAll("")).matches()) {
				kept.append(kept.isEmpty() ? "" : ";").append(property).append(':').append(propertyValue);
			}
		}
		return kept.toString();
	}

	// A value may name a url() only of the same file, and never a script.
	private static boolean safeValue(String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		if (lower.contains("javascript:") || lower.contains("data:") || lower.contains("expression(")
				|| lower.contains("\\") || value.length() > 20_000) {
			return false;
		}
		long urls = URL.matcher(value).results().count();
		return urls == LOCAL_URL.matcher(value).results().count();
	}


}

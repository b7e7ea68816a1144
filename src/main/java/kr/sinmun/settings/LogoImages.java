package kr.sinmun.settings;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.SVGLoader;

/**
 * Checks an uploaded logo and draws the PNGs made from it. A PNG is decoded in full (a damaged file is refused
 * here, not in a reader's browser) and stored re-encoded, without its metadata; an SVG goes through
 * {@link SvgAllowList} and is drawn by JSVG from the cleaned copy only.
 */
final class LogoImages {

	/** Larger logos are refused with 413. */
	static final int MAX_BYTES = 1024 * 1024;

	private static final int MAX_SIDE = 4096;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private LogoImages() {
	}

	/** A checked logo: the bytes to store and serve, and the drawing the PNG renditions are made from. */
	record Checked(String mediaType, byte[] body, int width, int height, Drawing drawing) {

		boolean svg() {
			return mediaType.equals("image/svg+xml");
		}

	}

	/** Draws the logo into a box of the given place and size. */
	interface Drawing {

		void draw(Graphics2D g, double x, double y, double width, double height);

	}

	static Checked check(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidLogoException(400, "로고 파일을 고르십시오.");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidLogoException(413, "로고 파일이 너무 큽니다. 1MB 이하의 PNG 또는 SVG 파일을 올려 주십시오.");
		}
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return png(bytes);
		}
		if (looksLikeXml(bytes)) {
			return svg(bytes);
		}
		throw new InvalidLogoException(400, "로고는 PNG 또는 SVG 파일만 올릴 수 있습니다.");
	}

	private static Checked png(byte[] bytes) {
		BufferedImage image;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidLogoException(400, "PNG 파일이 손상되었습니다.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if (!reader.getFormatName().equalsIgnoreCase("png")) {
					throw new InvalidLogoException(400, "로고는 PNG 또는 SVG 파일만 올릴 수 있습니다.");
				}
				if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
					throw new InvalidLogoException(400, "로고 이미지가 너무 큽니다. 가로세로 4096픽셀 이하로 올려 주십시오.");
				}
				image = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidLogoException invalid) {
				throw invalid;
			}
			throw new InvalidLogoException(400, "PNG 파일이 손상되었습니다.");
		}
		BufferedImage picture = image;
		// What is stored and served is a fresh encoding of the pixels, never the upload with its metadata.
		return new Checked("image/png", encode(picture), picture.getWidth(), picture.getHeight(),
				(g, x, y, w, h) -> g.drawImage(picture, (int) Math.round(x), (int) Math.round(y), (int) Math.round(w),
						(int) Math.round(h), null));
	}

	private static Checked svg(byte[] bytes) {
		byte[] clean = SvgAllowList.clean(bytes);
		SVGDocument document;
		try {
			document = new SVGLoader().load(new ByteArrayInputStream(clean));
		}
		catch (RuntimeException ex) {
			document = null;
		}
		if (document == null) {
			throw new InvalidLogoException(400, "SVG 파일을 그릴 수 없습니다.");
		}
		FloatSize size = document.size();
		int width = (int) Math.ceil(size.width);
		int height = (int) Math.ceil(size.height);
		if (width < 1 || height < 1 || width > 100_000 || height > 100_000) {
			throw new InvalidLogoException(400, "SVG 파일의 크기(width, height 또는 viewBox)를 읽을 수 없습니다.");
		}
		SVGDocument drawn = document;
		return new Checked("image/svg+xml", clean, width, height, (g, x, y, w, h) -> {
			Graphics2D copy = (Graphics2D) g.create();
			try {
				copy.translate(x, y);
				copy.scale(w / size.width, h / size.height);
				drawn.render((java.awt.Component) null, copy, new ViewBox(0, 0, size.width, size.height));
			}
			finally {
				copy.dispose();
			}
		});
	}

	/** The logo at {@code height} pixels high (at most {@code maxWidth} wide), on a transparent ground. */
	static byte[] rendition(Checked logo, int height, int maxWidth) {
		double scale = Math.min((double) height / logo.height(), (double) maxWidth / logo.width());
		int w = Math.max(1, (int) Math.round(logo.width() * scale));
		int h = Math.max(1, (int) Math.round(logo.height() * scale));
		return draw(w, h, null, logo, 0, 0, w, h);
	}

	/** A {@code width} × {@code height} picture: the logo centred on white, within the given margin. */
	static byte[] framed(Checked logo, int width, int height, double margin) {
		double boxWidth = width * (1 - 2 * margin);
		double boxHeight = height * (1 - 2 * margin);
		double scale = Math.min(boxWidth / logo.width(), boxHeight / logo.height());
		double w = logo.width() * scale;
		double h = logo.height() * scale;
		return draw(width, height, Color.WHITE, logo, (width - w) / 2, (height - h) / 2, w, h);
	}

	private static byte[] draw(int width, int height, Color ground, Checked logo, double x, double y, double w,
			double h) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (ground != null) {
				g.setColor(ground);
				g.fillRect(0, 0, width, height);
			}
			logo.drawing().draw(g, x, y, w, h);
		}
		finally {
			g.dispose();
		}
		return encode(image);
	}

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	// An XML document begins, after an optional byte-order mark and white space, with '<'.
	private static boolean looksLikeXml(byte[] bytes) {
		int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
		while (i < bytes.length && Character.isWhitespace(bytes[i])) {
			i++;
		}
		return i < bytes.length && bytes[i] == '<';
	}

}

package kr.sinmun.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The paper's icon in its brand colour: a folded front page (a photo block and lines of text, white on the
 * colour), drawn for us, as SVG for browsers that take it and as PNG for the rest (favicon, home screens). The
 * same shapes in both, in a 32-unit square.
 */
final class BrandIcons {

	private BrandIcons() {
	}

	/** The icon as SVG; {@code color} is {@code #rrggbb}. */
	static String svg(String color) {
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\" width=\"32\" height=\"32\">");
		svg.append("<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"").append(color).append("\"/>");
		for (int[] shape : SHAPES) {
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#fff\"/>",
					shape[0], shape[1], shape[2], shape[3]));
		}
		return svg.append("</svg>").toString();
	}

	/** The icon as a PNG of {@code size} × {@code size} pixels. */
	static byte[] png(String color, int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.scale(size / 32.0, size / 32.0);
			g.setColor(Color.decode(color));
			g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 12, 12));
			g.setColor(Color.WHITE);
			for (int[] shape : SHAPES) {
				g.fillRect(shape[0], shape[1], shape[2], shape[3]);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	// x, y, width, height: the masthead rule, a photo block with two lines beside it, and three full lines.
	private static final int[][] SHAPES = { { 6, 6, 20, 3 }, { 6, 12, 9, 7 }, { 17, 12, 9, 2 }, { 17, 17, 9, 2 },
			{ 6, 21, 20, 2 }, { 6, 25, 14, 2 } };

}

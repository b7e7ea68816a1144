package kr.sinmun.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws the demo photos: simple illustrated scenes (a city skyline, a harbor, a chart, a stadium, fields, a
 * stage), so the demo has pictures that belong to the project and to no photographer.
 */
final class DemoPhotos {

	static final int WIDTH = 1200;

	static final int HEIGHT = 675;

	private DemoPhotos() {
	}

	static byte[] draw(String kind, long seed) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Random random = new Random(seed);
		switch (kind) {
			case "harbor" -> harbor(g, random);
			case "chart" -> chart(g, random);
			case "stadium" -> stadium(g, random);
			case "field" -> field(g, random);
			case "stage" -> stage(g, random);
			default -> city(g, random);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void sky(Graphics2D g, Color top, Color bottom) {
		g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, bottom));
		g.fillRect(0, 0, WIDTH, HEIGHT);
	}

	private static void city(Graphics2D g, Random random) {
		sky(g, new Color(0x87b5e5), new Color(0xf3d9b1));
		g.setColor(new Color(255, 244, 214));
		g.fill(new Ellipse2D.Double(880, 90, 110, 110));
		for (int layer = 0; layer < 2; layer++) {
			int x = -20;
			while (x < WIDTH) {
				int w = 50 + random.nextInt(90);
				int h = 160 + random.nextInt(layer == 0 ? 300 : 200);
				g.setColor(layer == 0 ? new Color(0x7d8ea6) : new Color(0x3f4d63));
				g.fillRect(x, HEIGHT - h - (layer == 0 ? 60 : 0), w, h + 60);
				g.setColor(new Color(255, 236, 170, 170));
				for (int wy = HEIGHT - h + 20; wy < HEIGHT - 30; wy += 28) {
					for (int wx = x + 10; wx < x + w - 12; wx += 20) {
						if (random.nextInt(3) > 0) {
							g.fillRect(wx, wy, 9, 13);
						}
					}
				}
				x += w + 6;
			}
		}
	}

	private static void harbor(Graphics2D g, Random random) {
		sky(g, new Color(0x6fa8dc), new Color(0xd9ecf7));
		g.setColor(new Color(0x2b5c8a));
		g.fillRect(0, 430, WIDTH, HEIGHT - 430);
		for (int i = 0; i < 5; i++) {
			int x = 80 + i * 220 + random.nextInt(60);
			g.setColor(new Color(0xb03a2e + random.nextInt(0x202020)));
			g.fillRect(x, 360 + random.nextInt(20), 160, 60);
			g.setColor(new Color(0x34495e));
			g.fillRect(x + 20, 300, 14, 70);
			g.setStroke(new BasicStroke(6));
			g.drawLine(x + 27, 300, x + 120, 250);
		}
		g.setColor(new Color(255, 255, 255, 90));
		for (int i = 0; i < 40; i++) {
			g.fillRect(random.nextInt(WIDTH), 440 + random.nextInt(220), 40 + random.nextInt(60), 3);
		}
	}

	private static void chart(Graphics2D g, Random random) {
		sky(g, new Color(0xf7f9fc), new Color(0xe3e9f2));
		g.setColor(new Color(0xc9d3e0));
		for (int y = 120; y < 600; y += 80) {
			g.fillRect(100, y, 1000, 2);
		}
		int bars = 8;
		for (int i = 0; i < bars; i++) {
			int h = 80 + random.nextInt(380);
			g.setColor(i == bars - 1 ? new Color(0xd35400) : new Color(0x2e6bb0));
			g.fillRect(140 + i * 120, 600 - h, 70, h);
		}
		Path2D line = new Path2D.Double();
		line.moveTo(140, 500);
		for (int i = 1; i < bars; i++) {
			line.lineTo(175 + i * 120, 180 + random.nextInt(320));
		}
		g.setColor(new Color(0x1a1a1a));
		g.setStroke(new BasicStroke(5));
		g.draw(line);
	}

	private static void stadium(Graphics2D g, Random random) {
		sky(g, new Color(0x1d2b44), new Color(0x4a6fa5));
		g.setColor(new Color(0x2f8f46));
		g.fill(new Ellipse2D.Double(-200, 380, WIDTH + 400, 600));
		g.setColor(new Color(255, 255, 255, 200));
		g.setStroke(new BasicStroke(5));
		g.draw(new Ellipse2D.Double(450, 470, 300, 120));
		g.drawLine(600, 400, 600, HEIGHT);
		for (int i = 0; i < 4; i++) {
			int x = 100 + i * 320;
			g.setColor(new Color(0x999999));
			g.fillRect(x, 60, 10, 260);
			g.setColor(new Color(255, 250, 220));
			g.fillRect(x - 40, 50, 90, 30);
		}
		for (int i = 0; i < 400; i++) {
			g.setColor(new Color(random.nextInt(255), random.nextInt(255), random.nextInt(255)));
			g.fillRect(random.nextInt(WIDTH), 330 + random.nextInt(60), 5, 7);
		}
	}

	private static void field(Graphics2D g, Random random) {
		sky(g, new Color(0x9fd0f5), new Color(0xeef7e0));
		for (int band = 0; band < 6; band++) {
			g.setColor(new Color(60 + band * 25, 140 + band * 12, 60 + random.nextInt(30)));
			g.fillRect(0, 380 + band * 50, WIDTH, 50);
		}
		g.setColor(new Color(0x6b8e23));
		for (int i = 0; i < 3; i++) {
			int x = 200 + i * 380;
			Path2D hill = new Path2D.Double();
			hill.moveTo(x - 260, 390);
			hill.quadTo(x, 180 + random.nextInt(80), x + 260, 390);
			g.fill(hill);
		}
	}

	private static void stage(Graphics2D g, Random random) {
		sky(g, new Color(0x14091f), new Color(0x3b1f4d));
		for (int i = 0; i < 5; i++) {
			g.setColor(new Color(255, 230, 160, 60));
			Path2D beam = new Path2D.Double();
			int x = 120 + i * 240;
			beam.moveTo(x, 0);
			beam.lineTo(x - 120 + random.nextInt(60), 520);
			beam.lineTo(x + 120 + random.nextInt(60), 520);
			beam.closePath();
			g.fill(beam);
		}
		g.setColor(new Color(0x5d3a1a));
		g.fillRect(0, 500, WIDTH, HEIGHT - 500);
		g.setColor(new Color(0x111111));
		for (int i = 0; i < 30; i++) {
			g.fill(new Ellipse2D.Double(i * 42 - 10, 600 + random.nextInt(30), 50, 80));
		}
	}

}

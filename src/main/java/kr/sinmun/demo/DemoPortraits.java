package kr.sinmun.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws the demo reporters' portraits: an illustrated head and shoulders on a coloured ground, as a PNG. Who
 * looks how is fixed by the reporter's place in the demo staff ({@code person}), so each has their own ground,
 * hair, skin and clothes, and a reinstall draws the same faces. No photograph of anyone is involved.
 */
final class DemoPortraits {

	static final int SIZE = 480;

	private static final Color[] GROUNDS = { new Color(0x7fb3d5), new Color(0xf2c38b), new Color(0x9ccfa8),
			new Color(0xc9a7d8), new Color(0xf0a3a0), new Color(0xa8c5c0) };

	private static final Color[] SKINS = { new Color(0xf3d2b8), new Color(0xe8bf9c), new Color(0xd9a97f),
			new Color(0xf0c8a8) };

	private static final Color[] HAIRS = { new Color(0x2b211c), new Color(0x4a3427), new Color(0x1d1d24),
			new Color(0x6b4a35) };

	private static final Color[] CLOTHES = { new Color(0x2f4b7c), new Color(0x5b5f66), new Color(0x8a3b3b),
			new Color(0x2e6b4f), new Color(0x3d3a6b) };

	private enum Hair {
		SHORT, LONG, BOB
	}

	private DemoPortraits() {
	}

	/** The portrait of the demo staff's {@code person}-th member (0 for the first). */
	static byte[] draw(int person) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		Color ground = GROUNDS[person % GROUNDS.length];
		Color skin = SKINS[(person * 3 + 1) % SKINS.length];
		Color hair = HAIRS[(person * 5 + 2) % HAIRS.length];
		Color clothes = CLOTHES[(person * 2) % CLOTHES.length];
		Hair style = Hair.values()[person % Hair.values().length];
		boolean glasses = person % 2 == 1;

		g.setPaint(new GradientPaint(0, 0, ground.brighter(), 0, SIZE, ground.darker()));
		g.fillRect(0, 0, SIZE, SIZE);
		// A lighter disc behind the head, as a studio light would leave.
		g.setColor(new Color(255, 255, 255, 60));
		g.fill(new Ellipse2D.Double(SIZE * 0.18, SIZE * 0.08, SIZE * 0.64, SIZE * 0.64));

		if (style == Hair.LONG) {
			// Long hair falls behind the shoulders, so it is drawn first.
			g.setColor(hair);
			g.fill(new RoundRectangle2D.Double(138, 120, 204, 250, 90, 90));
		}
		shoulders(g, clothes, skin, person);
		// Neck and head.
		g.setColor(skin.darker());
		g.fill(new RoundRectangle2D.Double(212, 250, 56, 80, 24, 24));
		g.setColor(skin);
		g.fill(new Ellipse2D.Double(160, 110, 160, 190));
		g.fill(new Ellipse2D.Double(150, 195, 22, 40));
		g.fill(new Ellipse2D.Double(308, 195, 22, 40));
		hair(g, hair, style);
		face(g, skin, glasses);
		g.dispose();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void shoulders(Graphics2D g, Color clothes, Color skin, int person) {
		Path2D body = new Path2D.Double();
		body.moveTo(40, SIZE);
		body.curveTo(50, 360, 130, 320, 240, 316);
		body.curveTo(350, 320, 430, 360, 440, SIZE);
		body.closePath();
		g.setColor(clothes);
		g.fill(body);
		// The open collar, and for some a shirt and tie beneath the jacket.
		Path2D collar = new Path2D.Double();
		collar.moveTo(200, 318);
		collar.lineTo(240, 390);
		collar.lineTo(280, 318);
		collar.closePath();
		g.setColor(person % 3 == 0 ? new Color(0xf4f4f0) : skin);
		g.fill(collar);
		if (person % 3 == 0) {
			Path2D tie = new Path2D.Double();
			tie.moveTo(232, 330);
			tie.lineTo(248, 330);
			tie.lineTo(254, 420);
			tie.lineTo(240, 440);
			tie.lineTo(226, 420);
			tie.closePath();
			g.setColor(new Color(0xb23a48));
			g.fill(tie);
		}
		g.setColor(clothes.darker());
		g.setStroke(new BasicStroke(4f));
		g.drawLine(200, 318, 232, 400);
		g.drawLine(280, 318, 248, 400);
	}

	private static void hair(Graphics2D g, Color hair, Hair style) {
		g.setColor(hair);
		switch (style) {
			case SHORT -> {
				g.fill(new Arc2D.Double(156, 98, 168, 130, 0, 180, Arc2D.CHORD));
				g.fill(new Ellipse2D.Double(156, 140, 26, 60));
				g.fill(new Ellipse2D.Double(298, 140, 26, 60));
			}
			case LONG -> {
				g.fill(new Arc2D.Double(150, 96, 180, 150, 0, 180, Arc2D.CHORD));
				// A side parting.
				Path2D fringe = new Path2D.Double();
				fringe.moveTo(170, 170);
				fringe.curveTo(210, 120, 260, 150, 318, 175);
				fringe.lineTo(318, 150);
				fringe.lineTo(170, 150);
				fringe.closePath();
				g.fill(fringe);
			}
			case BOB -> {
				g.fill(new Arc2D.Double(146, 96, 188, 160, 0, 180, Arc2D.CHORD));
				g.fill(new RoundRectangle2D.Double(146, 160, 34, 120, 20, 20));
				g.fill(new RoundRectangle2D.Double(300, 160, 34, 120, 20, 20));
				g.fill(new Arc2D.Double(170, 130, 140, 70, 180, 180, Arc2D.CHORD));
			}
		}
	}

	private static void face(Graphics2D g, Color skin, boolean glasses) {
		g.setColor(new Color(0x2a2a2a));
		g.fill(new Ellipse2D.Double(200, 200, 14, 16));
		g.fill(new Ellipse2D.Double(266, 200, 14, 16));
		g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Arc2D.Double(196, 184, 24, 12, 20, 140, Arc2D.OPEN));
		g.draw(new Arc2D.Double(260, 184, 24, 12, 20, 140, Arc2D.OPEN));
		g.setColor(skin.darker());
		g.draw(new Arc2D.Double(232, 222, 16, 26, 200, 140, Arc2D.OPEN));
		g.setColor(new Color(0xa0524a));
		g.draw(new Arc2D.Double(214, 240, 52, 28, 200, 140, Arc2D.OPEN));
		g.setColor(new Color(232, 140, 130, 90));
		g.fill(new Ellipse2D.Double(182, 226, 30, 18));
		g.fill(new Ellipse2D.Double(268, 226, 30, 18));
		if (glasses) {
			g.setColor(new Color(0x333333));
			g.setStroke(new BasicStroke(4f));
			g.draw(new RoundRectangle2D.Double(186, 190, 42, 34, 12, 12));
			g.draw(new RoundRectangle2D.Double(252, 190, 42, 34, 12, 12));
			g.drawLine(228, 204, 252, 204);
		}
	}

}

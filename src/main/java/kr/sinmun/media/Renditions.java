package kr.sinmun.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the smaller copies of a photo at upload, so no reader request ever resizes anything: a thumbnail for
 * lists, a medium copy for phones and a large one for article pages, each as JPEG and as WebP. A large
 * original is decoded subsampled, so a 50-megapixel upload never has to fit in memory whole.
 */
final class Renditions {

	static final int[] WIDTHS = { 320, 720, 1280 };

	private static final int DECODE_TARGET = 2 * 1280;

	private Renditions() {
	}

	/** One encoded copy. */
	record Encoded(int width, int height, byte[] jpeg, byte[] webp) {
	}

	/** The copies of one edition of a photo: the widths, and the 3:2 card cut around the focal point. */
	record Made(List<Encoded> copies, Encoded card) {
	}

	/**
	 * What to make the copies from: the part of the upright original ({@code width}×{@code height}) that the crop
	 * keeps, and the focal point as a share of the original's width and height.
	 */
	record Frame(int width, int height, int x, int y, int cropWidth, int cropHeight, double focalX, double focalY) {

		static Frame whole(int width, int height) {
			return new Frame(width, height, 0, 0, width, height, 0.5, 0.5);
		}

	}

	/** The card copy is 3:2, the shape of the site's lists, at most this wide. */
	static final int CARD_WIDTH = 480;

	/** How many pixels decoding a photo of this size holds in memory: every step-th pixel, as {@link #decode} reads it. */
	static long decodedPixels(int width, int height) {
		int step = subsampling(width);
		return (long) ((width + step - 1) / step) * ((height + step - 1) / step);
	}

	/** The same for a frame: only the crop is decoded. */
	static long decodedPixels(Frame frame) {
		return decodedPixels(frame.cropWidth(), frame.cropHeight());
	}

	private static int subsampling(int width) {
		return Math.max(1, width / DECODE_TARGET);
	}

	static List<Encoded> of(byte[] original, int width, int height) throws IOException {
		return of(original, Frame.whole(width, height)).copies();
	}

	/**
	 * The copies of the frame's crop, decoded alone (a source region), subsampled as a whole photo of that size
	 * would be, and the card: the widest 3:2 window of the crop whose centre is as near the focal point as the
	 * crop allows.
	 */
	static Made of(byte[] original, Frame frame) throws IOException {
		int step = subsampling(frame.cropWidth());
		BufferedImage image = decode(original, frame.cropWidth(), new java.awt.Rectangle(frame.x(), frame.y(),
				frame.cropWidth(), frame.cropHeight()));
		List<Encoded> copies = widths(image, frame.cropWidth(), frame.cropHeight());
		return new Made(copies, card(image, frame, step));
	}

	private static Encoded card(BufferedImage image, Frame frame, int step) throws IOException {
		int decodedWidth = image.getWidth();
		int decodedHeight = image.getHeight();
		int windowWidth = Math.min(decodedWidth, Math.max(1, decodedHeight * 3 / 2));
		int windowHeight = Math.max(1, Math.min(decodedHeight, windowWidth * 2 / 3));
		double focusX = (frame.focalX() * frame.width() - frame.x()) / step;
		double focusY = (frame.focalY() * frame.height() - frame.y()) / step;
		int left = clamp((int) Math.round(focusX - windowWidth / 2.0), 0, decodedWidth - windowWidth);
		int top = clamp((int) Math.round(focusY - windowHeight / 2.0), 0, decodedHeight - windowHeight);
		BufferedImage window = image.getSubimage(left, top, windowWidth, windowHeight);
		// CASE: a small crop is never enlarged; its own window is the card.
		int cardWidth = cardWidth(frame.cropWidth(), frame.cropHeight());
		return copy(window, cardWidth, Math.max(1, Math.round(cardWidth * 2f / 3f)));
	}

	/** The card's width for a crop of this size: its widest 3:2 window, at most {@link #CARD_WIDTH}. */
	static int cardWidth(int cropWidth, int cropHeight) {
		return Math.max(1, Math.min(CARD_WIDTH, Math.min(cropWidth, cropHeight * 3 / 2)));
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	private static List<Encoded> widths(BufferedImage image, int width, int height) throws IOException {
		List<Encoded> copies = new ArrayList<>();
		for (int target : WIDTHS) {
			if (target < width) {
				copies.add(copy(image, target, Math.max(1, Math.round((float) height * target / width))));
			}
		}
		// CASE: a photo narrower than the large size is never enlarged: its own size is the largest copy.
		if (width <= WIDTHS[WIDTHS.length - 1]) {
			copies.add(copy(image, width, height));
		}
		return copies;
	}

	private static Encoded copy(BufferedImage image, int width, int height) throws IOException {
		BufferedImage scaled = scale(image, width, height);
		return new Encoded(width, height, jpeg(scaled), webp(scaled));
	}

	private static BufferedImage decode(byte[] bytes, int width, java.awt.Rectangle region) throws IOException {
		return StrictImageReader.read(bytes, reader -> {
			ImageReadParam param = reader.getDefaultReadParam();
			if (region.x != 0 || region.y != 0 || region.width != reader.getWidth(0)
					|| region.height != reader.getHeight(0)) {
				param.setSourceRegion(region);
			}
			int step = subsampling(width);
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			return reader.read(0, param);
		});
	}

	// Halving first keeps detail a single bicubic step would alias away; transparency lands on white for JPEG.
	private static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		while (current.getWidth() / 2 >= width) {
			current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
		}
		return draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		return encode(image, "jpeg", "JPEG", 0.85f);
	}

	private static byte[] webp(BufferedImage image) throws IOException {
		return encode(image, "webp", "Lossy", 0.8f);
	}

	static byte[] encode(BufferedImage image, String format, String compression, float quality)
			throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType(compression);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}

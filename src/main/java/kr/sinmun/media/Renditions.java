package kr.sinmun.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
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

	/** How many pixels decoding a photo of this size holds in memory: every step-th pixel, as {@link #decode} reads it. */
	static long decodedPixels(int width, int height) {
		int step = subsampling(width);
		return (long) ((width + step - 1) / step) * ((height + step - 1) / step);
	}

	private static int subsampling(int width) {
		return Math.max(1, width / DECODE_TARGET);
	}

	static List<Encoded> of(byte[] original, int width, int height) throws IOException {
		BufferedImage image = decode(original, width);
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

	private static BufferedImage decode(byte[] bytes, int width) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				// A truncated file decodes with a warning and grey pixels; it is damaged, not a photo.
				reader.addIIOReadWarningListener((source, warning) -> {
					throw new IllegalStateException(warning);
				});
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width);
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
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

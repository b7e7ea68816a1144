package kr.sinmun.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes pixels for the copies the library keeps, and takes a decoder's warning for what it is: a truncated
 * file decodes with a warning and grey pixels; it is damaged, not a photo. The header has been read by then
 * ({@link MediaLibrary#inspect}), so a reader for the format exists.
 */
final class StrictImageReader {

	/** What to read with a reader that holds the image: the whole of it, or a region at a step. */
	@FunctionalInterface
	interface Reading {

		BufferedImage read(ImageReader reader) throws IOException;

	}

	private StrictImageReader() {
	}

	static BufferedImage read(byte[] bytes, Reading reading) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				reader.addIIOReadWarningListener((source, warning) -> {
					throw new IllegalStateException(warning);
				});
				return reading.read(reader);
			}
			finally {
				reader.dispose();
			}
		}
	}

}

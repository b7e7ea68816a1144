package kr.sinmun.media;

import java.awt.Point;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EXIF orientation, as its table says where the stored picture's first row and first column belong: each case
 * checks where the stored top-left pixel and its right-hand neighbour end up in the upright picture.
 */
class UprightCopyTests {

	private static final int CORNER = 0xFF0000;

	private static final int NEXT = 0x00FF00;

	// A stored picture 3 wide and 2 high.
	private static BufferedImage stored() {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, CORNER);
		image.setRGB(1, 0, NEXT);
		return image;
	}

	@ParameterizedTest(name = "orientation {0}")
	@CsvSource({
			// n, upright width, height, where the corner goes, where its right neighbour goes
			"1, 3, 2, 0, 0, 1, 0", // as stored
			"2, 3, 2, 2, 0, 1, 0", // first column on the right: mirrored
			"3, 3, 2, 2, 1, 1, 1", // first row at the bottom, first column on the right: half turn
			"4, 3, 2, 0, 1, 1, 1", // first row at the bottom: flipped
			"5, 2, 3, 0, 0, 0, 1", // first row on the left, first column at the top: transposed
			"6, 2, 3, 1, 0, 1, 1", // first row on the right, first column at the top: quarter turn clockwise
			"7, 2, 3, 1, 2, 1, 1", // first row on the right, first column at the bottom: transverse
			"8, 2, 3, 0, 2, 0, 1" // first row on the left, first column at the bottom: quarter turn anticlockwise
	})
	void movesPixelsWhereTheExifOrientationSays(int n, int width, int height, int cornerX, int cornerY, int nextX,
			int nextY) {
		BufferedImage upright = UprightCopy.upright(stored(), n);
		assertThat(upright.getWidth()).isEqualTo(width);
		assertThat(upright.getHeight()).isEqualTo(height);
		assertThat(find(upright, CORNER)).isEqualTo(new Point(cornerX, cornerY));
		assertThat(find(upright, NEXT)).isEqualTo(new Point(nextX, nextY));
	}

	@Test
	void aPhotoWithoutExifIsTakenAsStored() {
		assertThat(UprightCopy.orientation(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9 })).isEqualTo(1);
	}

	private static Point find(BufferedImage image, int rgb) {
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					return new Point(x, y);
				}
			}
		}
		return null;
	}

}

package kr.sinmun.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPortraitsTests {

	@Test
	void drawsASquarePngPortraitThatDiffersForEachMemberOfTheStaff() throws IOException {
		List<int[]> pixels = new ArrayList<>();
		for (int person = 0; person < 3; person++) {
			byte[] png = DemoPortraits.draw(person);
			assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth()).isEqualTo(DemoPortraits.SIZE);
			assertThat(image.getHeight()).isEqualTo(DemoPortraits.SIZE);
			pixels.add(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
		}
		assertThat(pixels.get(0)).isNotEqualTo(pixels.get(1));
		assertThat(pixels.get(1)).isNotEqualTo(pixels.get(2));
		assertThat(pixels.get(0)).isNotEqualTo(pixels.get(2));
		// A reinstall draws the same faces.
		assertThat(DemoPortraits.draw(1)).isEqualTo(DemoPortraits.draw(1));
	}

}

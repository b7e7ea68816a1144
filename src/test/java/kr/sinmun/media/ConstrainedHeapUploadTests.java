package kr.sinmun.media;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight reporters upload a 7000×7000 PNG at the same moment to a server with a 256 MB heap (a small VPS's
 * default). Each photo is under the 50-megapixel limit and decodes to about 60 MB; all eight at once do not
 * fit. The uploads must queue for memory and all succeed, never run the heap out.
 */
class ConstrainedHeapUploadTests {

	@Test
	void eightParallelUploadsOfA49MegapixelPngAllSucceedInA256MegabyteHeap(@TempDir Path temp) throws Exception {
		Path png = temp.resolve("big.png");
		Files.write(png, LargePng.rgb(7000, 7000));
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
				ParallelUploadsChild.class.getName(), png.toString(), temp.resolve("media").toString(), "8")
			.redirectErrorStream(true)
			.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				lines.add(line);
			}
		}
		assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
		assertThat(lines).as("child output").filteredOn(line -> line.matches("OK|BUSY|OOM|ERROR.*|RENDITIONS.*"))
			.containsExactly("OK", "OK", "OK", "OK", "OK", "OK", "OK", "OK");
		assertThat(child.exitValue()).as("child output: %s", lines).isZero();
	}

}

package kr.sinmun.pagecache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import kr.sinmun.ShiftableClock;

import static org.assertj.core.api.Assertions.assertThat;

class PageFilesTests {

	@Test
	void aDroppedPageFileOutlivesResponsesAboutToSendItThenGoes() throws Exception {
		ShiftableClock clock = new ShiftableClock();
		PageFiles files = new PageFiles(clock);
		Path file = files.write("<p>속보</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(file).isNotNull();
		assertThat(Files.readString(file)).isEqualTo("<p>속보</p>");

		files.drop(file);
		files.deleteDropped();
		assertThat(file).as("still within the grace period").exists();
		clock.shift(Duration.ofSeconds(31));
		files.deleteDropped();
		assertThat(file).doesNotExist();
		assertThat(files.pending()).isZero();

		Path kept = files.write(new byte[] { 1, 2, 3 });
		files.removeAll();
		assertThat(kept).doesNotExist();
		assertThat(kept.getParent()).doesNotExist();
	}

}
